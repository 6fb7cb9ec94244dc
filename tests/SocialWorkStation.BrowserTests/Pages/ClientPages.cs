using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>服务对象 pages (list, 登记, 档案, 编辑, 导入), driven by labels, roles and texts as a social worker would.</summary>
public sealed class ClientPages(IPage page)
{
    public async Task OpenListAsync()
    {
        await page.GotoAsync("/cases/clients");
        await LoginPage.WaitForInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "服务对象", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Fills the 登记服务对象 form and submits it. Ends on the client's file unless a duplicate warning or a
    /// field error stops it (check <see cref="DuplicateWarning"/> / <see cref="FieldErrors"/>).</summary>
    public async Task RegisterAsync(string name, string? idNumber = null, string? phone = null, IEnumerable<string>? targetGroups = null,
        (string Name, string Relationship, string Phone)? guardian = null, bool expectFile = true)
    {
        await OpenRegistrationAsync(name);
        if (idNumber is not null) await page.GetByLabel("身份证号", new() { Exact = true }).FillAsync(idNumber);
        if (phone is not null) await page.GetByLabel("联系电话", new() { Exact = true }).FillAsync(phone);
        foreach (var group in targetGroups ?? []) await page.GetByRole(AriaRole.Checkbox, new() { Name = group, Exact = true }).CheckAsync();
        if (guardian is { } g)
        {
            await page.GetByLabel("监护人姓名", new() { Exact = true }).FillAsync(g.Name);
            await page.GetByLabel("监护人关系", new() { Exact = true }).FillAsync(g.Relationship);
            await page.GetByLabel("监护人电话", new() { Exact = true }).FillAsync(g.Phone);
        }
        await SubmitRegistrationAsync();
        if (expectFile) await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>From the list to an empty 登记服务对象 form with the name filled in.</summary>
    public async Task OpenRegistrationAsync(string name)
    {
        await OpenListAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记服务对象" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登记服务对象", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync(name);
    }

    public Task SubmitRegistrationAsync() => page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

    public async Task AddHouseholdMemberAsync(string name, string relationship)
    {
        // The new row's number is known before the click: counting after it could run before the circuit re-renders.
        var n = await page.GetByTestId("household-member").CountAsync() + 1;
        await page.GetByRole(AriaRole.Button, new() { Name = "添加家庭成员" }).ClickAsync();
        await page.GetByLabel($"家庭成员 {n} 姓名").FillAsync(name);
        await page.GetByLabel($"家庭成员 {n} 关系").FillAsync(relationship);
    }

    public ILocator DuplicateWarning => page.GetByTestId("duplicate-warning");
    public Task RegisterAnywayAsync() => page.GetByRole(AriaRole.Button, new() { Name = "仍然登记" }).ClickAsync();
    public ILocator FieldErrors => page.Locator(".form-error");

    /// <summary>The field messages shown inside the n-th household member's row (1-based, as the labels count).</summary>
    public ILocator HouseholdMemberErrors(int n) => page.GetByTestId("household-member").Nth(n - 1).Locator(".form-error");

    /// <summary>Opens a client's file from the list by searching its name.</summary>
    public async Task OpenFileAsync(string name)
    {
        await OpenListAsync();
        await page.GetByLabel("搜索服务对象").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The ID number as the file shows it: masked, or in full after <see cref="RevealAsync"/>.</summary>
    public ILocator IdNumberShown => page.GetByTestId("client-id-number");
    public ILocator PhoneShown => page.GetByTestId("client-phone");
    public ILocator RevealButton => page.GetByRole(AriaRole.Button, new() { Name = "查看完整信息" });
    public Task RevealAsync() => RevealButton.ClickAsync();

    /// <summary>The 接案 link on the file (for casework holders): /cases/new?clientId=….</summary>
    public Task StartCaseAsync() => page.GetByRole(AriaRole.Link, new() { Name = "接案", Exact = true }).ClickAsync();

    public async Task RecordConsentAsync(string scope, bool sensitive = false, string? guardianName = null)
    {
        if (sensitive) await page.GetByLabel("同意类型").SelectOptionAsync(new SelectOptionValue { Label = "敏感个人信息单独同意" });
        await page.GetByLabel("同意范围").FillAsync(scope);
        await page.GetByLabel("同意日期").FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"));
        if (guardianName is not null) await page.GetByLabel("监护人姓名（未满 14 周岁必填）").FillAsync(guardianName);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记同意" }).ClickAsync();
    }

    public ILocator Consents => page.GetByTestId("consent");
}
