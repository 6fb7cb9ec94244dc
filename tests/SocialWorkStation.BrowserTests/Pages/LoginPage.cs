using Microsoft.Playwright;
using SocialWorkStation.IntegrationTests.Infrastructure;

namespace SocialWorkStation.BrowserTests.Pages;

public sealed class LoginPage(IPage page)
{
    public async Task GotoAsync() => await page.GotoAsync("/account/login");

    public async Task SubmitAsync(string userName, string password)
    {
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    public async Task EnterTotpAsync(string key)
    {
        await page.GetByLabel("验证码").FillAsync(TestApp.TotpCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
    }

    /// <summary>Signs in (with the authenticator code when the user has one) and waits for the interactive home page.</summary>
    public async Task LoginAsync(TestUser user)
    {
        await GotoAsync();
        await SubmitAsync(user.UserName, user.Password);
        if (user.TotpKey is not null) await EnterTotpAsync(user.TotpKey);
        await WaitForInteractiveAsync(page);
    }

    /// <summary>Blazor becomes interactive about a second after load; the header's sign-out form is only there once the layout rendered.</summary>
    public static async Task WaitForInteractiveAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('.app-header') !== null && window.__swsInteractive === true");
    }

    public ILocator Error => page.GetByRole(AriaRole.Alert);
}
