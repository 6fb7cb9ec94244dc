using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>The 系统管理 pages, driven by what a person sees: labels, roles and texts.</summary>
public sealed class AdminPages(IPage page)
{
    /// <summary>Opens a page from the left menu, as an administrator would.</summary>
    public async Task OpenFromMenuAsync(string title)
    {
        var link = page.GetByRole(AriaRole.Navigation, new() { Name = "主菜单" }).GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
    }

    public async Task CreateUserAsync(string userName, string displayName, string password, string role, string station)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "新建用户" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "新建用户" })).ToBeVisibleAsync();
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("姓名").FillAsync(displayName);
        await page.GetByLabel("初始密码").FillAsync(password);
        await Check(role).CheckAsync();
        await Check(station).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "创建用户" }).ClickAsync();
    }

    public ILocator Check(string label) => page.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true });

    /// <summary>The success message of the last action (a status region, announced by screen readers).</summary>
    public ILocator Notice => page.GetByRole(AriaRole.Status);

    /// <summary>Serious and critical axe findings inside the page's content area (the shared layout is checked elsewhere).</summary>
    public async Task<IReadOnlyList<string>> AccessibilityProblemsAsync()
    {
        var result = await page.Locator(".app-content").RunAxe();
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
    }

    /// <summary>Data rows of the page's table (AntDesign marks them with ant-table-row).</summary>
    public ILocator TableRows => page.Locator("tbody tr.ant-table-row");
}
