using System.Net.Http.Json;
using Graph.Reliability.Tests.Harness;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Graph.Reliability.Tests;

/// <summary>
/// Script payloads in a report's title and evidence sentence, posted through the API and shown by the
/// real page in Debian's Chromium: they must appear as text, run nothing and create no elements.
/// </summary>
public sealed class XssTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string TitlePayload = "<img src=x onerror=\"window.__xss='title'\">Fraud case";
    private const string SentencePayload = "<img src=x onerror=\"window.__xss='sentence'\"><script>window.__xss='script'</script>";

    private readonly TempFolder _folder = new();
    private ServerProcess _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _server = await ServerProcess.StartAsync(_folder.Database);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task ScriptInTitlesAndEvidenceIsShownAsTextAndNeverRuns()
    {
        var text = $"Europol supported the police of Spain and Italy {SentencePayload} in a fraud investigation.";
        (await _server.Client().PostAsJsonAsync("/api/reports", new { text, title = TitlePayload })).EnsureSuccessStatusCode();
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _server.Address.ToString() });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => document.querySelector('#cy')?.dataset.ready === 'true'", null, new() { Timeout = 30_000 });
        await page.EvaluateAsync("() => document.querySelector('#cy')._cyreg.cy.getElementById('country:ES').emit('tap')");
        var details = page.Locator("#details");
        await details.GetByText("Fraud case", new() { Exact = false }).First.WaitForAsync(new() { Timeout = 15_000 });

        var shown = await details.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("xss-details") });
        output.WriteLine(shown);
        Assert.Contains("<img src=x onerror=\"window.__xss='title'\">", shown, StringComparison.Ordinal);
        Assert.Contains("<script>window.__xss='script'</script>", shown, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#details img, #details script").CountAsync());
        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), "A payload ran.");
        Assert.Empty(errors);
    }

    private static string Screenshot(string name)
    {
        var shots = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        return Path.Combine(shots, name + ".png");
    }
}
