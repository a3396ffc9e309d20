using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Issue 15 item 7: a deck of named slides with a title slide, legend, quotes, files and links.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class DeckTests(ExplorerServer server)
{
    private static async Task SaveTwoViewsAsync(ExplorerPage explorer)
    {
        var save = explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Save this view" });
        await explorer.ChangeAsync(() => explorer.Page.GetByLabel("View").SelectOptionAsync("countries"));
        await save.ClickAsync();
        await explorer.ChangeAsync(() => explorer.Page.GetByLabel("View").SelectOptionAsync("agencies"));
        await save.ClickAsync();
        await Assertions.Expect(explorer.Page.Locator("#saved-views")).ToHaveTextAsync("2 saved views");
    }

    [Fact]
    public async Task SlidesAreRenamedReorderedDeletedAndPresentedAfterATitleSlideWithTheirLegend()
    {
        await using var explorer = await server.OpenAsync();
        await SaveTwoViewsAsync(explorer);
        await explorer.Page.GetByLabel("Deck title").FillAsync("Who works with whom");
        await explorer.Page.GetByLabel("Deck title").PressAsync("Tab");
        await explorer.Page.GetByLabel("Name of slide 2").FillAsync("Agencies only");
        await explorer.Page.GetByLabel("Name of slide 2").PressAsync("Tab");
        await explorer.Page.GetByLabel("Notes of slide 2").FillAsync("Ask which agency brokers the most.");
        await explorer.Page.GetByLabel("Notes of slide 2").PressAsync("Tab");

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Move up slide 2" }).ClickAsync();
        await Assertions.Expect(explorer.Page.GetByLabel("Name of slide 1")).ToHaveValueAsync("Agencies only");
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Delete slide 2" }).ClickAsync();
        await Assertions.Expect(explorer.Page.Locator("#saved-views")).ToHaveTextAsync("1 saved view");

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Present" }).ClickAsync();
        var status = explorer.Page.Locator("#status");
        await Assertions.Expect(status).ToHaveTextAsync("1/2 · Who works with whom");
        await Assertions.Expect(explorer.Page.Locator("#slide-title")).ToHaveTextAsync("Who works with whom");
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(status).ToHaveTextAsync("2/2 · Agencies only");
        await Assertions.Expect(explorer.Page.Locator("#slide-title")).ToHaveTextAsync("Agencies only");
        await Assertions.Expect(explorer.Page.Locator("#slide-notes")).ToHaveTextAsync("Ask which agency brokers the most.");
        Assert.True(await explorer.Page.Locator("#slide-legend li").CountAsync() > 2);
        await Assertions.Expect(explorer.Page.Locator("#slide-legend")).ToBeVisibleAsync();
        await explorer.ScreenshotAsync("22-deck-slide");
    }

    [Fact]
    public async Task AReportStepQuotesTheSentenceItsEvidenceRestsOn()
    {
        var timeline = JsonNode.Parse(await server.Api.GetStringAsync("/api/timeline"))!.AsArray();
        var report = await server.JsonAsync($"/api/reports/{timeline[0]!["reportId"]}");
        var sentence = report["events"]![0]!["participants"]![0]!["sentence"]!.ToString();
        await using var explorer = await server.OpenAsync();

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Present" }).ClickAsync();

        await Assertions.Expect(explorer.Page.Locator("#slide-quote")).ToHaveTextAsync(sentence);
        await Assertions.Expect(explorer.Page.Locator("#slide-title")).ToHaveTextAsync(timeline[0]!["title"]!.ToString());
    }

    [Fact]
    public async Task AnExportedDeckImportsIntoAnotherBrowser()
    {
        await using var explorer = await server.OpenAsync();
        await SaveTwoViewsAsync(explorer);
        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Export deck" }).ClickAsync());
        var file = (await download.PathAsync())!;
        await using var other = await server.OpenAsync();

        await other.Page.GetByLabel("Import deck").SetInputFilesAsync(file);

        await Assertions.Expect(other.Page.Locator("#saved-views")).ToHaveTextAsync("2 saved views");
        await Assertions.Expect(other.Page.GetByLabel("Name of slide 1")).ToHaveValueAsync(await explorer.Page.GetByLabel("Name of slide 1").InputValueAsync());
    }

    [Fact]
    public async Task ADeckSavedOnlineOpensByItsLinkAndPresents()
    {
        await using var explorer = await server.OpenAsync();
        await SaveTwoViewsAsync(explorer);
        await explorer.Page.GetByLabel("Deck title").FillAsync("Linked deck");
        await explorer.Page.GetByLabel("Deck title").PressAsync("Tab");
        await explorer.Page.GetByText("Add a report", new() { Exact = true }).ClickAsync();
        await explorer.Page.Locator("#report-key").FillAsync(ExplorerServer.ApiKey);

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Save deck online" }).ClickAsync();

        var link = explorer.Page.Locator("#deck-link a");
        await Assertions.Expect(link).ToContainTextAsync("?deck=");
        var url = new Uri(await link.GetAttributeAsync("href") ?? "");
        await using var other = await server.OpenAsync(url.PathAndQuery);
        await Assertions.Expect(other.Page.Locator("body")).ToHaveClassAsync("presenting");
        await Assertions.Expect(other.Page.Locator("#status")).ToHaveTextAsync("1/3 · Linked deck");
    }
}
