using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>The delivery tabs of the case page (服务记录, 进展评估, 结案与回访) and 小组与社区活动, driven by label, role
/// and text as a social worker on a phone would.</summary>
public sealed class DeliveryPages(IPage page)
{
    public ILocator ServiceNotice => page.GetByTestId("service-notice");
    public ILocator ServiceItems => page.GetByTestId("service-item");
    public ILocator ReviewNotice => page.GetByTestId("review-notice");
    public ILocator ClosureNotice => page.GetByTestId("closure-notice");
    public ILocator ClosureStatus => page.GetByTestId("closure-status");
    public ILocator ActivityNotice => page.GetByTestId("activity-notice");
    public ILocator Attendance => page.GetByTestId("attendance");

    /// <summary>Opens the case page and one of its tabs (服务记录, 进展评估, 结案与回访).</summary>
    public async Task OpenCaseTabAsync(Guid caseId, string tab)
    {
        await page.GotoAsync($"/cases/{caseId}");
        await LoginPage.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true }).ClickAsync();
    }

    public async Task RecordServiceAsync(DateOnly date, int minutes, string type, string content, string? place = null,
        string? feedback = null, string? effect = null, string? nextSteps = null, bool sensitive = false)
    {
        await page.GetByLabel("服务日期").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("服务时长（分钟）").FillAsync(minutes.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("服务方式").SelectOptionAsync(new SelectOptionValue { Label = type });
        if (place is not null) await page.GetByLabel("服务地点").FillAsync(place);
        await page.GetByLabel("服务内容").FillAsync(content);
        if (feedback is not null) await page.GetByLabel("服务对象反馈").FillAsync(feedback);
        if (effect is not null) await page.GetByLabel("服务成效").FillAsync(effect);
        if (nextSteps is not null) await page.GetByLabel("下一步计划").FillAsync(nextSteps);
        if (sensitive) await page.GetByLabel("敏感记录").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存服务记录" }).ClickAsync();
    }

    /// <summary>Goes to 记录活动, signs in each registered client by name, counts the walk-ins and saves.</summary>
    public async Task RecordGroupActivityAsync(string title, IEnumerable<string> clientNames, int walkIns, string content = "小组活动")
    {
        await page.GotoAsync("/cases/activities/new");
        await LoginPage.WaitForInteractiveAsync(page);
        await page.GetByLabel("活动类型").SelectOptionAsync(new SelectOptionValue { Label = "小组活动" });
        await page.GetByLabel("活动名称").FillAsync(title);
        await page.GetByLabel("活动内容").FillAsync(content);
        foreach (var name in clientNames)
        {
            await page.GetByLabel("按姓名查找服务对象").FillAsync(name);
            await page.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"签到 {name}", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("signed-in-item").Filter(new() { HasText = name })).ToBeVisibleAsync();
        }
        await page.GetByLabel("现场签到人数（未登记）").FillAsync(walkIns.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存活动" }).ClickAsync();
    }

    /// <summary>Scores every goal (in plan order) and records the decision (继续服务 / 修订服务计划 / 进入结案).</summary>
    public async Task RecordReviewAsync(string decision, IReadOnlyList<int> scores, string summary, string? revisionReason = null)
    {
        for (var i = 0; i < scores.Count; i++)
            await page.Locator($"#goal-score-{i}").FillAsync(scores[i].ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("评估小结").FillAsync(summary);
        await page.GetByLabel("评估结论").SelectOptionAsync(new SelectOptionValue { Label = decision });
        if (revisionReason is not null) await page.GetByLabel("修订理由").FillAsync(revisionReason);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存评估" }).ClickAsync();
    }

    public async Task RequestClosureAsync(string reason, string summary, string goalAttainment, string? clientEvaluation, string lessons,
        string? reasonDetail = null)
    {
        await page.GetByLabel("结案原因").SelectOptionAsync(new SelectOptionValue { Label = reason });
        if (reasonDetail is not null) await page.GetByLabel("原因说明").FillAsync(reasonDetail);
        await page.GetByLabel("服务总结").FillAsync(summary);
        await page.GetByLabel("目标达成情况").FillAsync(goalAttainment);
        if (clientEvaluation is not null) await page.GetByLabel("服务对象评价").FillAsync(clientEvaluation);
        await page.GetByLabel("经验总结").FillAsync(lessons);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交结案申请" }).ClickAsync();
    }

    /// <summary>Records the first follow-up not yet done.</summary>
    public async Task RecordFollowUpAsync(string method, string findings, string? support = null, bool needsReopening = false)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "记录回访", Exact = true }).First.ClickAsync();
        await page.GetByLabel("回访方式").SelectOptionAsync(new SelectOptionValue { Label = method });
        await page.GetByLabel("后续需求和生活状况").FillAsync(findings);
        if (support is not null) await page.GetByLabel("提供的支持").FillAsync(support);
        if (needsReopening) await page.GetByLabel("需要重新开案").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存回访记录" }).ClickAsync();
    }
}
