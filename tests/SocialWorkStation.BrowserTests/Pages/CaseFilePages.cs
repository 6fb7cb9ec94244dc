using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>个案列表 and 服务档案, found by role, label and text as a person would.</summary>
public sealed class CaseFilePages(IPage page)
{
    public ILocator Rows => page.GetByTestId("case-row");
    public ILocator ClientName => page.GetByTestId("client-name");

    public async Task OpenCaseListAsync()
    {
        await page.GotoAsync("/cases");
        await LoginPage.WaitForInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "个案列表", Level = 1 })).ToBeVisibleAsync();
    }

    public async Task SearchAsync(string text)
    {
        await page.GetByLabel("搜索姓名或服务记录").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
    }

    /// <summary>Opens the file from its row in the list (the 档案 link).</summary>
    public async Task OpenFileFromListAsync(string caseNumber) =>
        await page.GetByRole(AriaRole.Link, new() { Name = $"查看服务档案：{caseNumber}" }).ClickAsync();

    public async Task OpenFileAsync(Guid caseId)
    {
        await page.GotoAsync($"/cases/{caseId}/file");
        await LoginPage.WaitForInteractiveAsync(page);
    }

    /// <summary>Clicks 下载 PDF and returns the path of the saved file.</summary>
    public async Task<string> DownloadPdfAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "下载 PDF" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"sws-browser-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        return path;
    }

    /// <summary>The text of a downloaded PDF as poppler's pdftotext reads it (then deletes the file).</summary>
    public static async Task<string> PdfTextAsync(string path)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true, UseShellExecute = false,
            })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
