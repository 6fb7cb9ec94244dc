using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>我的待办 / 我的申请 / 发起申请 / 申请详情, found by role, label and text as a person would.</summary>
public sealed class ApprovalPages(IPage page)
{
    public ILocator HeaderInbox(int count) => page.GetByRole(AriaRole.Link, new() { Name = $"我的待办 ({count})", Exact = true });
    public ILocator Status => page.GetByTestId("approval-status");

    public async Task SubmitGeneralAsync(string title, string summary, decimal? amount)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "发起申请", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "发起通用事项申请", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("申请标题").FillAsync(title);
        await page.GetByLabel("事由说明").FillAsync(summary);
        if (amount is not null) await page.GetByLabel("金额（元，可选）").FillAsync(amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Opens a request from 我的待办 (through the header link) by its title.</summary>
    public async Task OpenFromInboxAsync(string title)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "我的待办 (", Exact = false }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "我的待办", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    public async Task OpenFromMineAsync(string title)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "我的申请", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "我的申请", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The status tag shown next to a request in 我的申请.</summary>
    public ILocator MineItem(string title) => page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = title });

    public async Task ReturnAsync(string reason)
    {
        await page.GetByLabel("审批意见（退回时必填）").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
    }

    public async Task ApproveAsync(string? comment = null)
    {
        if (comment is not null) await page.GetByLabel("审批意见（退回时必填）").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "同意" }).ClickAsync();
    }

    public async Task ResubmitAsync(string? comment = null)
    {
        if (comment is not null) await page.GetByLabel("说明（可选）").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "重新提交" }).ClickAsync();
    }
}
