namespace SocialWorkStation.Platform.Security;

/// <summary>One finding of the security self-check (C7.3.3 定期检查和评估): what was checked, pass or fail, and why.</summary>
public sealed record SelfCheckItem(string Name, bool Passed, string Detail);

public sealed record SelfCheckReport(DateTime At, IReadOnlyList<SelfCheckItem> Items)
{
    public bool AllPassed => Items.All(i => i.Passed);
}

/// <summary>The installation's security self-check, shown on 安全自查 and printed by the <c>self-check</c> command.</summary>
public interface ISecuritySelfCheck
{
    Task<SelfCheckReport> RunAsync(CancellationToken ct = default);
}
