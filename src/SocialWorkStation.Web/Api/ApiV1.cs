using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Web.Attachments;
using SocialWorkStation.Web.Approvals;

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
        api.MapAttachmentEndpoints();
        Admin.AdminEndpoints.MapAdminEndpoints(api);
        api.MapApprovalEndpoints();
        SocialWorkStation.Modules.Cases.CasesModule.MapCasesEndpoints(api);
    }
}

public sealed record StationDto(Guid Id, string Name, string Code);
public sealed record MeResponse(Guid Id, string UserName, string DisplayName, Guid? StationId, IReadOnlyList<string> Roles, IReadOnlyList<StationDto> Stations);
