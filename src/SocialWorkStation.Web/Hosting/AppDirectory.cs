using Microsoft.AspNetCore.Hosting;

namespace SocialWorkStation.Web.Hosting;

/// <summary>Issue 11: a published app started from another working directory (as a service manager or a container
/// does) took that directory as its content root: appsettings.json went unread and every CSS and JS file was served
/// as an empty 200. Unless a content root is configured (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>), a
/// published app — its own directory holds <c>wwwroot</c> — runs from its own directory, as content root and as
/// working directory, so relative paths in the settings (<c>./data/…</c>) mean the same whoever starts it.</summary>
public static class AppDirectory
{
    /// <summary>The files every page loads; a start without them is refused.</summary>
    private static readonly string[] PageFiles =
        ["css/app.css", "js/app.js", "SocialWorkStation.Web.styles.css", "_content/AntDesign/css/ant-design-blazor.css"];

    public static WebApplicationOptions Options(string[] args)
    {
        var configured = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args)
            .Build()[WebHostDefaults.ContentRootKey];
        var own = AppContext.BaseDirectory;
        if (!string.IsNullOrEmpty(configured) || !Directory.Exists(Path.Combine(own, "wwwroot")))
            return new WebApplicationOptions { Args = args };
        Directory.SetCurrentDirectory(own);
        return new WebApplicationOptions { Args = args, ContentRootPath = own };
    }

    /// <summary>Null when every file the pages load is there and not empty; otherwise what is wrong, in words an
    /// administrator can act on.</summary>
    public static string? MissingPageFiles(IWebHostEnvironment env)
    {
        var missing = PageFiles.Where(p => env.WebRootFileProvider.GetFileInfo(p) is not { Exists: true, Length: > 0 }).ToList();
        return missing.Count == 0 ? null
            : $"找不到页面所需的静态文件（{string.Join("、", missing)}），网站根目录：{env.WebRootPath}。" +
              "请启动发布目录中的程序（dotnet publish 的输出），或用 --contentRoot 指向它。" +
              $" Static files missing under the web root {env.WebRootPath}: {string.Join(", ", missing)}.";
    }
}
