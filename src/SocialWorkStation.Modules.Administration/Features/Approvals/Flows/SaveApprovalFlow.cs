using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Flows;

public sealed class SaveApprovalFlowRequest : IValidatableObject
{
    [Required(ErrorMessage = "请填写流程名称。"), MaxLength(100, ErrorMessage = "流程名称最长 100 个字符。")]
    [Display(Name = "流程名称")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "至少需要一个审批步骤。"), MinLength(1, ErrorMessage = "至少需要一个审批步骤。")]
    [MaxLength(10, ErrorMessage = "最多 10 个审批步骤。"), Display(Name = "步骤")]
    public List<FlowStepInput> Steps { get; set; } = [];

    /// <summary>The version the editor loaded (omit for a new flow): a newer save by someone else is a conflict, not overwritten.</summary>
    public long? Version { get; set; }

    // The API's validation filter checks top-level fields only; the steps are part of this request's shape there too
    // ("steps[1].role"), and the rules across fields follow.
    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        foreach (var (field, messages) in RequestShape.RowProblems(this, context))
            foreach (var message in messages)
                yield return new ValidationResult(message, [field]);
        for (var i = 0; i < Steps.Count; i++)
            if (Steps[i] is { } step && string.IsNullOrWhiteSpace(step.Role) == string.IsNullOrWhiteSpace(step.Permission))
                yield return new ValidationResult("请选择审批角色或审批权限（二选一）。", [$"steps[{i}].role"]);
        if (Steps.Count > 0 && Steps.All(s => s?.MinAmount is not null))
            yield return new ValidationResult("至少需要一个不设金额门槛的步骤，否则小额申请无人审批。", ["steps"]);
    }
}

public sealed class FlowStepInput
{
    [Required(ErrorMessage = "请填写步骤名称。"), MaxLength(100, ErrorMessage = "步骤名称最长 100 个字符。")]
    [Display(Name = "步骤名称")]
    public string Name { get; set; } = "";

    [MaxLength(50, ErrorMessage = "角色名称最长 50 个字符。")]
    [Display(Name = "审批角色")]
    public string? Role { get; set; }

    [MaxLength(100, ErrorMessage = "权限代码最长 100 个字符。")]
    [Display(Name = "审批权限")]
    public string? Permission { get; set; }

    /// <summary>Yuan; the step applies only to requests of at least this amount (C4.3.2).</summary>
    [Yuan]
    [Display(Name = "金额门槛（元）")]
    public decimal? MinAmount { get; set; }

    /// <summary>True: every eligible approver of the station must approve; false: any one of them decides.</summary>
    public bool RequireAll { get; set; }
}

/// <summary>Saves the current station's own flow for a subject type (or, for county staff, the county default),
/// replacing all its steps in one transaction.</summary>
public sealed class SaveApprovalFlowHandler(
    IPlatformDb db, ICurrentUser user, PermissionCatalog catalog, IEnumerable<IApprovalSubjectHandler> subjects)
{
    public async Task<Result<FlowView>> HandleAsync(string subjectType, bool countyDefault, SaveApprovalFlowRequest request, CancellationToken ct = default)
    {
        if (!subjects.Any(s => s.SubjectType == subjectType)) return Error.NotFound("没有这种审批事项。");
        // Validated again here: pages call the handler without the API's filter.
        if (RequestShape.Check(request, RequestShape.Title) is { } shape) return shape;
        if (countyDefault && !user.Has(PlatformPermissions.CountyOversight))
            return Error.Forbidden("只有县级管理人员可以修改全县默认流程。");
        Guid? stationId = countyDefault ? null : user.StationId;
        if (!countyDefault && stationId is null) return Error.Rule("请先在页面顶部选择一个社工站。");

        var roles = await ListApprovalFlowsHandler.RoleNamesAsync(db, ct);
        for (var i = 0; i < request.Steps.Count; i++)
        {
            var s = request.Steps[i];
            if (!string.IsNullOrWhiteSpace(s.Role) && !roles.Contains(s.Role.Trim()))
                return Error.Invalid($"steps[{i}].role", $"没有名为“{s.Role}”的角色。");
            if (!string.IsNullOrWhiteSpace(s.Permission) && !catalog.Exists(s.Permission.Trim()))
                return Error.Invalid($"steps[{i}].permission", $"没有代码为“{s.Permission}”的权限。");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var flow = await db.ApprovalFlows.Include(f => f.Steps).FirstOrDefaultAsync(f =>
            f.OrganisationId == user.OrganisationId && f.SubjectType == subjectType && f.StationId == stationId, ct);
        if (flow is not null && request.Version is { } seen && seen != flow.Version)
            return Error.Conflict("流程已被他人修改，请刷新后重试。");
        if (flow is null)
        {
            flow = new ApprovalFlow { OrganisationId = user.OrganisationId, StationId = stationId, SubjectType = subjectType, Name = "" };
            db.ApprovalFlows.Add(flow);
        }
        else
        {
            flow.Steps.Clear(); // orphans are deleted with the save below
            flow.Version++;     // step-only edits must move the token too, so a stale editor conflicts
        }
        flow.Name = request.Name.Trim();
        flow.Steps.AddRange(request.Steps.Select((s, i) => new ApprovalFlowStep
        {
            FlowId = flow.Id, Order = i + 1, Name = s.Name.Trim(),
            Role = s.Role.TrimToNull(),
            Permission = s.Permission.TrimToNull(),
            MinAmountFen = Money.ToFen(s.MinAmount), RequireAll = s.RequireAll,
        }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("流程已被他人修改，请刷新后重试。");
        }
        catch (DbUpdateException) when (request.Version is null)
        {
            return Error.Conflict("该流程刚刚已被他人创建，请刷新后重试。"); // two first saves at once hit the unique index
        }
        await tx.CommitAsync(ct);
        return new FlowView(flow.Id, flow.Name, flow.Version, flow.Steps.OrderBy(s => s.Order)
            .Select(s => new FlowStepView(s.Order, s.Name, s.Role, s.Permission, Money.ToYuan(s.MinAmountFen), s.RequireAll)).ToList());
    }
}
