using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Data.Configurations;

internal sealed class RolledOutDefaultConfiguration : IEntityTypeConfiguration<RolledOutDefault>
{
    /// <summary>When release 20a6acd (the first with real records, before this table existed) was cut.</summary>
    private static readonly DateTime FirstRelease = new(2026, 11, 26, 16, 20, 23, DateTimeKind.Utc);

    /// <summary>What every installation made by release 20a6acd was seeded with: its whole permission catalogue and its
    /// default flows. The migration that adds the table records them as rolled out, so the first start after the upgrade
    /// hands out only what is newer. FROZEN: never add to these lists — a permission or subject type added later is new,
    /// and the start-up rollout (Web/Setup/DefaultsRollout) records it when it has reached the roles and county centres.</summary>
    private static readonly string[] FirstReleasePermissions =
    [
        "system.users.manage", "system.roles.manage", "system.stations.manage", "system.login-history.view", "system.audit.view",
        "system.approval-flows.manage", "county.oversight", "approvals.submit", "approvals.view-all", "attachments.upload",
        "cases.clients.view", "cases.clients.edit", "cases.clients.reveal", "cases.view-all", "cases.sensitive.view", "cases.manage",
        "cases.review", "cases.templates.manage", "cases.import", "cases.export", "cases.dashboard",
    ];
    private static readonly string[] FirstReleaseFlows = ["general", "cases.plan", "cases.closure"];

    public void Configure(EntityTypeBuilder<RolledOutDefault> b)
    {
        b.ToTable(RolledOutDefault.Table);
        b.HasKey(x => new { x.Kind, x.Code });
        b.HasData(FirstReleasePermissions.Select(c => Baseline(RolledOutDefault.Permission, c))
            .Concat(FirstReleaseFlows.Select(c => Baseline(RolledOutDefault.ApprovalFlow, c))));
    }

    private static RolledOutDefault Baseline(string kind, string code) => new() { Kind = kind, Code = code, RolledOutAt = FirstRelease };
}
