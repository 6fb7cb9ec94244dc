using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>接案 and the case page (/cases/{id}): overview, needs assessment and service plan tabs, found by label,
/// role and text. Every intent waits for the page's own result message, so they compose into a whole-case test.</summary>
public sealed class CasePages(IPage page)
{
    public ILocator CaseNumber => page.GetByTestId("case-number");
    public ILocator Status => page.GetByTestId("case-status");
    public ILocator PlanStatuses => page.GetByTestId("plan-status");
    public ILocator ReviewComment => page.GetByTestId("plan-review-comment");

    /// <summary>Opens the intake form for the client (as from the client's record), fills it and saves; ends on the case
    /// page and returns the issued 案号.</summary>
    public async Task<string> OpenIntakeAsync(Guid clientId, string clientName, string needs, string source = "网格上报",
        string? sourceDetail = null, string? supervisorName = null)
    {
        await page.GotoAsync($"/cases/new?clientId={clientId}");
        await LoginPage.WaitForInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "接案登记", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("服务对象", new() { Exact = true })).ToHaveValueAsync(clientName);
        await page.GetByLabel("来源", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = source });
        if (sourceDetail is not null) await page.GetByLabel("来源说明").FillAsync(sourceDetail);
        await page.GetByLabel("主要需求/求助问题").FillAsync(needs);
        if (supervisorName is not null) await page.GetByLabel("督导", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = supervisorName });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存接案" }).ClickAsync();
        await Expect(CaseNumber).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "概况" })).ToBeVisibleAsync();
        return (await CaseNumber.TextContentAsync())!.Trim();
    }

    public async Task GotoCaseAsync(Guid caseId)
    {
        await page.GotoAsync($"/cases/{caseId}");
        await LoginPage.WaitForInteractiveAsync(page);
        await Expect(CaseNumber).ToBeVisibleAsync();
    }

    public Task OpenTabAsync(string name) => page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true }).ClickAsync();

    /// <summary>The supervisor's intake decision with opinion (概况 tab).</summary>
    public async Task DecideIntakeAsync(string opinion, bool accept = true)
    {
        await OpenTabAsync("概况");
        await page.GetByLabel(accept ? "同意接案" : "不予接案", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("督导意见").FillAsync(opinion);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交接案决定" }).ClickAsync();
        await Expect(page.GetByTestId("intake-decision-done")).ToContainTextAsync("接案决定已保存。");
    }

    /// <summary>Records an assessment without a template (methods by label: 面谈, 问卷, 实地观察; risk: 低风险/中风险/高风险).</summary>
    public async Task RecordAssessmentAsync(string problems, string report, IReadOnlyList<string> needs,
        string[]? methods = null, string risk = "中风险")
    {
        await OpenTabAsync("需求评估");
        var form = page.GetByTestId("assessment-form");
        await Expect(form).ToBeVisibleAsync();
        foreach (var m in methods ?? ["面谈", "实地观察"]) await form.GetByLabel(m, new() { Exact = true }).CheckAsync();
        await form.GetByLabel("存在的问题").FillAsync(problems);
        for (var i = 0; i < needs.Count; i++)
        {
            if (i > 0) await form.GetByRole(AriaRole.Button, new() { Name = "添加需求" }).ClickAsync();
            await form.GetByLabel($"需求 {i + 1}", new() { Exact = true }).FillAsync(needs[i]);
        }
        await form.GetByLabel("风险等级").SelectOptionAsync(new SelectOptionValue { Label = risk });
        await form.GetByLabel("评估报告").FillAsync(report);
        await form.GetByRole(AriaRole.Button, new() { Name = "保存评估" }).ClickAsync();
        await Expect(page.GetByTestId("assessment-done")).ToContainTextAsync("需求评估已保存。");
    }

    /// <summary>Fills the plan form with one goal linked to an assessed need and saves the draft (服务计划 tab).</summary>
    public async Task DraftPlanAsync(string goal, string measure, string need, string content = "链接居家养老服务，定期家访",
        string methods = "个案辅导、资源链接", int sessions = 6, string? revisionReason = null)
    {
        await OpenTabAsync("服务计划");
        var form = page.GetByTestId("plan-form");
        await Expect(form).ToBeVisibleAsync();
        await form.GetByLabel("目标 1", new() { Exact = true }).FillAsync(goal);
        await form.GetByLabel("衡量标准 1", new() { Exact = true }).FillAsync(measure);
        await form.GetByLabel(need, new() { Exact = true }).First.CheckAsync();
        await form.GetByLabel("服务内容").FillAsync(content);
        await form.GetByLabel("服务方法").FillAsync(methods);
        await form.GetByLabel("计划服务次数").FillAsync(sessions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (revisionReason is not null) await form.GetByLabel("修订原因").FillAsync(revisionReason);
        await form.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Expect(page.GetByTestId("plan-done")).ToContainTextAsync("计划草稿已保存。");
    }

    /// <summary>Submits the plan being worked on for team review (also resubmits a returned one).</summary>
    public async Task SubmitPlanAsync()
    {
        await OpenTabAsync("服务计划");
        await page.GetByTestId("plan-form").GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(page.GetByTestId("plan-done")).ToContainTextAsync("服务计划已提交审核。");
    }

    /// <summary>From the case page, opens the approval request of the newest plan version (/approvals/{id}).</summary>
    public async Task OpenPlanApprovalAsync()
    {
        await OpenTabAsync("服务计划");
        await page.GetByTestId("plan-approval-link").First.ClickAsync();
        await page.WaitForURLAsync("**/approvals/*");
        await LoginPage.WaitForInteractiveAsync(page);
    }
}
