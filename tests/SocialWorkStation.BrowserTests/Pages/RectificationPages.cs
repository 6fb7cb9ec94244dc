using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>整改跟踪 (/rectification), 登记整改问题 and a finding's page, found by label, role and text. Each corrective
/// action is a region named "措施 N"; every intent waits for the page's own result message.</summary>
public sealed class RectificationPages(IPage page)
{
    public ILocator Number => page.GetByTestId("finding-number");
    public ILocator Status => page.GetByTestId("finding-status");
    public ILocator Notice => page.GetByTestId("finding-notice");
    public ILocator Timeline => page.GetByTestId("finding-timeline");

    /// <summary>One corrective action's card.</summary>
    public ILocator Action(int seq) => page.GetByRole(AriaRole.Region, new() { Name = $"措施 {seq}", Exact = true });

    public ILocator ActionStatus(int seq) => Action(seq).GetByTestId("action-status");

    /// <summary>Fills 登记整改问题 and saves; ends on the finding's page and returns its 整改编号.</summary>
    public async Task<string> RaiseAsync(string source, string sourceText, string severity, string title, string description)
    {
        await page.GotoAsync("/rectification");
        await LoginPage.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "登记整改问题" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登记整改问题", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("问题来源").SelectOptionAsync(new SelectOptionValue { Label = source });
        await page.GetByLabel("来源说明").FillAsync(sourceText);
        await page.GetByLabel("问题等级").SelectOptionAsync(new SelectOptionValue { Label = severity });
        await page.GetByLabel("问题标题").FillAsync(title);
        await page.GetByLabel("问题描述").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存问题" }).ClickAsync();
        await Expect(Number).ToBeVisibleAsync();
        await Expect(Status).ToHaveTextAsync("待整改");
        return (await Number.TextContentAsync())!.Trim();
    }

    public async Task GotoAsync(Guid findingId)
    {
        await page.GotoAsync($"/rectification/{findingId}");
        await LoginPage.WaitForInteractiveAsync(page);
        await Expect(Number).ToBeVisibleAsync();
    }

    public async Task AddActionAsync(string description, string ownerName, DateOnly dueOn)
    {
        await page.GetByLabel("措施内容").FillAsync(description);
        await page.GetByLabel("负责人", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = ownerName });
        await page.GetByLabel("完成期限").FillAsync(dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "添加措施" }).ClickAsync();
        await Expect(Notice).ToContainTextAsync("已添加措施");
    }

    /// <summary>Uploads one evidence file to the action and waits until it is listed.</summary>
    public async Task UploadEvidenceAsync(int seq, string fileName, byte[] content, string mimeType)
    {
        await Action(seq).GetByLabel("上传附件").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
        await Expect(Action(seq).GetByRole(AriaRole.Link, new() { Name = fileName })).ToBeVisibleAsync();
    }

    public async Task CompleteAsync(int seq, string note)
    {
        await Action(seq).GetByLabel("完成情况").FillAsync(note);
        await Action(seq).GetByRole(AriaRole.Button, new() { Name = "提交完成" }).ClickAsync();
        await Expect(Notice).ToContainTextAsync($"措施 {seq} 已提交完成");
    }

    public async Task VerifyAsync(int seq, string note)
    {
        await Action(seq).GetByLabel("验证意见").FillAsync(note);
        await Action(seq).GetByRole(AriaRole.Button, new() { Name = "验证通过" }).ClickAsync();
        await Expect(Notice).ToContainTextAsync($"措施 {seq} 已验证通过");
    }

    public async Task CloseAsync(string conclusion)
    {
        await page.GetByLabel("整改结论").FillAsync(conclusion);
        await page.GetByRole(AriaRole.Button, new() { Name = "销号", Exact = true }).ClickAsync();
        await Expect(Notice).ToContainTextAsync("该问题已整改销号");
    }
}
