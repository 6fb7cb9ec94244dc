using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

/// <summary>服务对象档案、知情同意、导入导出（/api/v1/clients）. Thin: bind → handler → HTTP.
/// A client the user may not open (C1.3.4) is 404 on every route, like another station's.</summary>
internal static class ClientsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/clients").WithTags("服务对象");

        g.MapGet("", async ([AsParameters] ListClientsQuery q, ListClientsHandler h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务对象列表（仅可见档案；身份证号、电话脱敏）");
        g.MapPost("", async ([FromBody] CreateClientRequest r, CreateClientHandler h, CancellationToken ct) =>
                (await h.HandleAsync(r, ct)).ToHttp(Created))
            .RequireAuthorization(CasesPermissions.ClientsEdit).WithSummary("登记服务对象（疑似重复时 409，确认后以 confirmDuplicate 重新提交）");
        g.MapPost("/lookup", async ([FromBody] ClientLookupRequest r, GetClientHandler h, CancellationToken ct) => (await h.LookupAsync(r, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("按身份证号精确查找（盲索引）");
        g.MapGet("/import-template", () => TypedResults.File(ImportClientsHandler.Template(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "服务对象台账导入模板.xlsx"))
            .RequireAuthorization(CasesPermissions.Import).WithSummary("下载服务对象台账导入模板（xlsx）");
        g.MapPost("/import", ImportAsync)
            .RequireAuthorization(CasesPermissions.Import).WithSummary("导入服务对象台账（multipart/form-data，文件字段 file，≤ 5 MB；任一行有误则全部不导入）");
        g.MapGet("/{id:guid}", async (Guid id, GetClientHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务对象档案详情（每次查看均留痕）");
        g.MapPut("/{id:guid}", async (Guid id, [FromBody] UpdateClientRequest r, UpdateClientHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, r, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsEdit).WithSummary("修改服务对象档案（携带 version；版本过期时 409 并列出对方保存的内容）");
        g.MapPost("/{id:guid}/reveal", async (Guid id, RevealClientHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsReveal).WithSummary("查看完整身份证号与电话（每次留痕）");
        g.MapPost("/{id:guid}/consents", async (Guid id, [FromBody] RecordConsentRequest r, RecordConsentHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, r, ct)).ToHttp(consentId => TypedResults.Created($"/api/v1/clients/{id}", new { id = consentId })))
            .RequireAuthorization(CasesPermissions.ClientsEdit).WithSummary("登记知情同意");
        g.MapPost("/{id:guid}/consents/{consentId:guid}/withdraw", async (Guid id, Guid consentId, [FromBody] WithdrawConsentRequest r,
                WithdrawConsentHandler h, CancellationToken ct) => (await h.HandleAsync(id, consentId, r, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsEdit).WithSummary("撤回知情同意");
        // Sharing is a write on the file; the handler further limits it to casework (Manage) or view-all holders.
        g.MapPost("/{id:guid}/shares", async (Guid id, [FromBody] ShareClientRequest r, ShareClientHandler h, CancellationToken ct) =>
                (await h.ShareAsync(id, r, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsEdit).WithSummary("将档案共享给本站同事");
        g.MapDelete("/{id:guid}/shares/{userId:guid}", async (Guid id, Guid userId, ShareClientHandler h, CancellationToken ct) =>
                (await h.UnshareAsync(id, userId, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsEdit).WithSummary("取消共享");
    }

    private static IResult Created(ClientCreated created) => created.IsDuplicateWarning
        ? TypedResults.Problem(statusCode: 409, title: ClientCreated.DuplicateMessage, extensions: new Dictionary<string, object?>
        {
            ["duplicates"] = created.Duplicates, ["hiddenDuplicates"] = created.HiddenDuplicates,
        })
        : TypedResults.Created($"/api/v1/clients/{created.Id}", new { id = created.Id });

    private static async Task<IResult> ImportAsync(HttpContext http, ImportClientsHandler h, CancellationToken ct)
    {
        const long overhead = 64 * 1024;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = ImportClientsHandler.MaxBytes + overhead;
        var missing = Error.Invalid("file", "请选择要导入的 Excel 文件（multipart/form-data，文件字段名为 file）。");
        if (!http.Request.HasFormContentType) return ApiResults.Problem(missing);
        IFormFile? file;
        try
        {
            // No antiforgery: the form is read here, not bound, so bearer clients are not asked for a token.
            file = (await http.Request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return ApiResults.Problem(Error.Invalid("file", "文件过大或上传内容格式不正确（不超过 5 MB 的 .xlsx 文件）。"));
        }
        if (file is null) return ApiResults.Problem(missing);
        if (file.Length > ImportClientsHandler.MaxBytes) return ApiResults.Problem(Error.Invalid("file", "文件不能超过 5 MB。"));
        if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return ApiResults.Problem(Error.Invalid("file", "请上传 .xlsx 格式的 Excel 文件。"));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var result = await h.HandleAsync(buffer, ct);
        if (result.IsFailure) return ApiResults.Problem(result.Error!);
        var outcome = result.Value!;
        return outcome.Failed
            ? TypedResults.Problem(statusCode: 400, title: "导入文件有误，未导入任何记录。请按报告修改后重新导入。",
                extensions: new Dictionary<string, object?> { ["problems"] = outcome.Problems })
            : TypedResults.Ok(new { imported = outcome.Imported });
    }
}
