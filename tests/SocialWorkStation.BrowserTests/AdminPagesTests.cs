using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdminPagesTests(BrowserFixture fx)
{
    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Administrator_creates_a_social_worker_who_then_sees_only_their_station()
    {
        var station = await fx.App.NewStationAsync();
        var other = await fx.App.NewStationAsync();
        var admin = await fx.App.NewUserAsync(Roles.Admin, station, other);
        var page = await fx.NewPageAsync();
        await new LoginPage(page).LoginAsync(admin);
        var pages = new AdminPages(page);
        await pages.OpenFromMenuAsync("用户管理");

        var userName = fx.App.Unique("web");
        // A role that needs no authenticator, so the new account's first sign-in is the password change alone (issue 10).
        await pages.CreateUserAsync(userName, "新督导", TestApp.Password, Roles.Supervisor, station.Name);
        await Assertions.Expect(pages.Notice).ToContainTextAsync("用户已创建");

        var workerPage = await fx.NewPageAsync();
        var login = new LoginPage(workerPage);
        await login.GotoAsync();
        await login.SubmitAsync(userName, TestApp.Password);
        // The administrator set the password: the first sign-in leads to changing it.
        await Assertions.Expect(workerPage).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password"));
        await workerPage.GetByLabel("当前密码").FillAsync(TestApp.Password);
        await workerPage.GetByLabel("新密码", new() { Exact = true }).FillAsync("Changed-Passw0rd!");
        if (await workerPage.GetByLabel("确认新密码").CountAsync() > 0) await workerPage.GetByLabel("确认新密码").FillAsync("Changed-Passw0rd!");
        await workerPage.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await LoginPage.WaitForInteractiveAsync(workerPage);
        await Assertions.Expect(workerPage.GetByTestId("current-station")).ToHaveTextAsync(station.Name);
        // One station: no switcher offering the administrator's other station.
        await Assertions.Expect(workerPage.GetByRole(AriaRole.Combobox, new() { Name = "当前社工站" })).ToHaveCountAsync(0);
        await Assertions.Expect(workerPage.GetByText(other.Name)).ToHaveCountAsync(0);
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Unticking_a_permission_and_saving_shows_success_and_the_permission_stays_off()
    {
        var roleName = await NewRoleAsync(PlatformPermissions.LoginHistoryView, PlatformPermissions.AuditView);
        var station = await fx.App.NewStationAsync();
        var admin = await fx.App.NewUserAsync(Roles.SecurityAdmin, station);
        var page = await fx.NewPageAsync();
        await new LoginPage(page).LoginAsync(admin);
        var pages = new AdminPages(page);
        await pages.OpenFromMenuAsync("角色与权限");

        await page.GetByRole(AriaRole.Link, new() { Name = roleName, Exact = true }).ClickAsync();
        var permission = pages.Check($"查看登录历史{PlatformPermissions.LoginHistoryView}");
        await Assertions.Expect(permission).ToBeCheckedAsync();
        await permission.UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存权限" }).ClickAsync();
        await Assertions.Expect(pages.Notice).ToContainTextAsync("权限已保存");

        await page.ReloadAsync();
        await LoginPage.WaitForInteractiveAsync(page);
        await Assertions.Expect(pages.Check($"查看登录历史{PlatformPermissions.LoginHistoryView}")).Not.ToBeCheckedAsync();
        await Assertions.Expect(pages.Check($"查看审计日志{PlatformPermissions.AuditView}")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Login_history_lists_the_audit_administrators_own_sign_in()
    {
        var station = await fx.App.NewStationAsync();
        var admin = await fx.App.NewUserAsync(Roles.AuditAdmin, station);
        var page = await fx.NewPageAsync();
        await new LoginPage(page).LoginAsync(admin);
        var pages = new AdminPages(page);
        await pages.OpenFromMenuAsync("登录历史");

        await page.GetByLabel("用户名").FillAsync(admin.UserName);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var row = pages.TableRows.Filter(new() { HasText = admin.UserName }).First;
        await Assertions.Expect(row).ToContainTextAsync("成功");
        await Assertions.Expect(row).ToContainTextAsync("127.0.0.1");
    }

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public async Task Audit_log_lists_an_administrators_change_and_verifies_the_chain()
    {
        var station = await fx.App.NewStationAsync();
        var admin = await fx.App.NewUserAsync(Roles.Admin, station);
        using (var api = await fx.App.ClientForAsync(admin))
        {
            var created = await api.PostAsJsonAsync("/api/v1/admin/stations", new { name = "审计页面测试站", code = fx.App.Unique("B") });
            created.EnsureSuccessStatusCode();
        }
        var page = await fx.NewPageAsync();
        // 三权分立: the 审计管理员 reads what the 系统管理员 did.
        await new LoginPage(page).LoginAsync(await fx.App.NewUserAsync(Roles.AuditAdmin, station));
        var pages = new AdminPages(page);
        await pages.OpenFromMenuAsync("审计日志");

        await page.GetByLabel("用户名").FillAsync(admin.UserName);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(pages.TableRows.Filter(new() { HasText = "Station" }).First).ToContainTextAsync("新增");

        await page.GetByRole(AriaRole.Button, new() { Name = "校验审计链" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("audit-verification")).ToContainTextAsync("审计链完整");
    }

    [Fact]
    public async Task Admin_pages_work_at_phone_width_without_serious_accessibility_problems()
    {
        var station = await fx.App.NewStationAsync();
        var admin = await fx.App.NewUserAsync(Roles.Admin, station);
        // Each page is checked once its data has arrived (a row, or the form's choices), by the administrator whose duty it is.
        foreach (var (user, checks) in new (TestUser, (string Path, string Heading, Func<AdminPages, ILocator> Loaded)[])[]
                 {
                     (admin, [
                         ("/admin/users", "用户管理", p => p.TableRows.First),
                         ("/admin/users/new", "新建用户", p => p.Check(Roles.SocialWorker)),
                         ($"/admin/users/{admin.Id}", $"编辑用户：{admin.UserName}", p => p.Check(Roles.SocialWorker)),
                         ("/admin/stations", "社工站", p => p.TableRows.First)]),
                     (await fx.App.NewUserAsync(Roles.SecurityAdmin, station), [("/admin/roles", "角色与权限", p => p.TableRows.First)]),
                     (await fx.App.NewUserAsync(Roles.AuditAdmin, station), [
                         ("/admin/login-history", "登录历史", p => p.TableRows.First),
                         ("/admin/audit", "审计日志", p => p.TableRows.First)]),
                 })
        {
            var page = await fx.NewPageAsync(phone: true);
            await new LoginPage(page).LoginAsync(user);
            var pages = new AdminPages(page);
            foreach (var (path, heading, loaded) in checks)
            {
                await page.GotoAsync(path);
                await LoginPage.WaitForInteractiveAsync(page);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
                await Assertions.Expect(loaded(pages)).ToBeVisibleAsync();
                Assert.Empty(await pages.AccessibilityProblemsAsync());
            }
        }
    }

    private async Task<string> NewRoleAsync(params string[] permissions)
    {
        await using var scope = fx.App.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var name = fx.App.Unique("测试角色");
        var role = new AppRole { Name = name, NormalizedName = name.ToUpperInvariant() };
        db.Roles.Add(role);
        db.RolePermissions.AddRange(permissions.Select(p => new RolePermission { RoleId = role.Id, Permission = p }));
        await db.SaveChangesAsync();
        return name;
    }
}
