using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Reminders;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Web.Attachments;
using SocialWorkStation.Web.Hosting;

namespace SocialWorkStation.Web.Api;

public static class ApiV1
{
    public static void MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ValidationFilter>();
        api.MapGet("/me", (ICurrentUser user) => TypedResults.Ok(new MeResponse(
                user.Id, user.UserName, user.DisplayName, user.StationId, user.Roles,
                user.Stations.Select(s => new StationDto(s.Id, s.Name, s.Code)).ToList())))
            .WithTags("认证").WithSummary("当前用户、角色与可访问的社工站");
        // Personal: every signed-in user sees their own reminders, from every module that contributes some.
        api.MapGet("/reminders", async (IEnumerable<IReminderSource> sources, CancellationToken ct) => TypedResults.Ok(await sources.AllAsync(ct)))
            .RequireAuthorization().WithTags("我的待办").WithSummary("服务提醒：逾期联系、逾期评估、即将到期的回访");
        // A station's staff (docs/adr/012): any signed-in user who sees the station; another station's list is a 404.
        api.MapGet("/stations/{stationId:guid}/staff", async (Guid stationId, bool? includeInactive, IStaffDirectory staff, CancellationToken ct) =>
                await staff.OfStationAsync(stationId, includeInactive ?? false, ct) is { } list
                    ? TypedResults.Ok(list) : ApiResults.Problem(Error.NotFound("社工站不存在或无权访问。")))
            .RequireAuthorization().WithTags("人员").WithSummary("社工站人员名单（默认仅在岗人员）");
        api.MapAttachmentEndpoints();
        foreach (var module in ModuleCatalog.All) module.MapEndpoints(api);
    }
}

public sealed record MeResponse(Guid Id, string UserName, string DisplayName, Guid? StationId, IReadOnlyList<string> Roles, IReadOnlyList<StationDto> Stations);
