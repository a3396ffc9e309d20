using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Adding reports from the page; these tests write, so they get a server of their own.</summary>
public sealed class ReportFormTests(ReportFormTests.Server server) : IClassFixture<ReportFormTests.Server>
{
    /// <summary>A separate app and database, so what these tests add never reaches the read-only tests.</summary>
    public sealed class Server : ExplorerServer;

    private const string Injected = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">Frostline";

    private const string Report = """
        Icelandic and Mongolian police break up an investment fraud ring
        date 2025-02-14

        Police in Iceland and Mongolia worked together in Operation Frostline, coordinated by INTERPOL, against a ring that sold fake investments online.
        Officers in Reykjavik and Ulaanbaatar arrested 12 suspects and froze 40 bank accounts.
        """;

    [Fact]
    public async Task AReportAddedThroughTheFormAppearsInTheGraphAndItsTitleStaysText()
    {
        await using var explorer = await server.OpenAsync();
        var before = await explorer.VisibleNodeIdsAsync();
        var requested = new List<string>();
        explorer.Page.Request += (_, request) => requested.Add(request.Url);
        await explorer.Page.GetByText("Add a report").ClickAsync();

        var form = explorer.Details;
        await form.GetByLabel("Text").FillAsync(Report);
        await form.GetByLabel("Title").FillAsync(Injected);
        await form.GetByLabel("Source URL").FillAsync("https://example.org/frostline");
        await form.GetByLabel("API key").FillAsync(ExplorerServer.ApiKey);
        await explorer.ChangeAsync(() => form.GetByRole(AriaRole.Button, new() { Name = "Extract and add" }).ClickAsync());

        // The page says what it stored; the API confirms which actors that report names.
        var stored = await explorer.Page.Locator("#report-result").TextContentAsync() ?? "";
        var id = System.Text.RegularExpressions.Regex.Match(stored, @"Stored as report (\d+)\.").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(id), $"The form did not report a stored id: '{stored}'.");
        var report = (await server.Api.GetFromJsonAsync<JsonObject>($"/api/reports/{id}"))!;
        var actors = report["actors"]!.AsArray().Select(a => a!["id"]!.ToString()).ToArray();
        Assert.Contains("country:IS", actors);
        var after = await explorer.VisibleNodeIdsAsync();
        Assert.Contains("country:IS", after);
        Assert.DoesNotContain("country:IS", before);
        Assert.All(actors, a => Assert.Contains(a, after));
        Assert.Equal(after.Length, (await server.GraphAsync()).Nodes().Count);
        foreach (var actor in actors)
        {
            await Assertions.Expect(explorer.Page.Locator("#report-result")).ToContainTextAsync(report["actors"]!.AsArray().First(a => a!["id"]!.ToString() == actor)!["name"]!.ToString());
        }

        await explorer.ScreenshotAsync("08-report-added");

        // The hostile title reaches the page only as text: no element, no script, no request.
        await explorer.ClickNodeAsync("country:IS");
        await Assertions.Expect(explorer.Details.GetByRole(AriaRole.Link, new() { Name = Injected, Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await explorer.Page.Locator("#details img, #report-result img").CountAsync());
        Assert.Null(await explorer.Page.Locator("body").GetAttributeAsync("data-pwned"));
        Assert.DoesNotContain(requested, url => url.EndsWith("/x", StringComparison.Ordinal));
        await explorer.ScreenshotAsync("09-injected-title-as-text");
    }

    [Fact]
    public async Task AWrongApiKeyIsExplainedAndAddsNothing()
    {
        await using var explorer = await server.OpenAsync();
        var before = await explorer.NodeCountAsync();
        await explorer.Page.GetByText("Add a report").ClickAsync();

        await explorer.Details.GetByLabel("Text").FillAsync(Report.Replace("Iceland", "Malta", StringComparison.Ordinal));
        await explorer.Details.GetByLabel("API key").FillAsync("not-the-key");
        await explorer.Details.GetByRole(AriaRole.Button, new() { Name = "Extract and add" }).ClickAsync();

        await Assertions.Expect(explorer.Page.Locator("#report-result")).ToContainTextAsync("key", new() { IgnoreCase = true });
        await Assertions.Expect(explorer.Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        Assert.Equal(before, (await server.GraphAsync()).Nodes().Count);
    }
}
