using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>The details panel's edit mode and snapshot link; these tests write, so they get a server of their own.</summary>
public sealed class EditModeTests(EditModeTests.Server server) : IClassFixture<EditModeTests.Server>
{
    /// <summary>A separate app and database, so the edits never reach the read-only tests.</summary>
    public sealed class Server : ExplorerServer;

    private const string Node = "agency:europol";

    [Fact]
    public async Task ARenameMadeInEditModeRelabelsTheNodeMarksItCuratedAndItsUndoTakesItBack()
    {
        await using var explorer = await server.OpenAsync();
        Assert.Contains(Node, await explorer.VisibleNodeIdsAsync());
        await explorer.ClickNodeAsync(Node);
        await explorer.Details.GetByText("Edit mode (curation)").ClickAsync();
        var edit = explorer.Details.Locator(".edit-mode");
        await edit.GetByLabel("Action").SelectOptionAsync(new SelectOptionValue { Label = "Rename" });
        await edit.GetByLabel("New name").FillAsync("European Police Office");
        await edit.GetByLabel("Reason (required)").FillAsync("the name used in 2010 reports");
        await edit.GetByLabel("Key for edits").FillAsync(ExplorerServer.ApiKey);

        await explorer.ChangeAsync(() => edit.GetByRole(AriaRole.Button, new() { Name = "Save edit" }).ClickAsync());

        var graph = await server.GraphAsync();
        var node = graph.Nodes().Single(n => n!["data"]!["id"]!.ToString() == Node)!["data"]!;
        Assert.Equal("European Police Office", node["label"]!.ToString());
        Assert.True(node["curated"]!.GetValue<bool>());
        await Assertions.Expect(edit.Locator(".edit-log")).ToContainTextAsync("rename by default: the name used in 2010 reports");
        await explorer.ScreenshotAsync("20-edit-mode-rename");

        // The panel was rebuilt with the refreshed graph, open as it was; an undo needs its own reason.
        await edit.GetByLabel("Reason (required)").FillAsync("back to the short name");
        await explorer.ChangeAsync(() => edit.Locator(".edit-log").GetByRole(AriaRole.Button, new() { Name = "Undo" }).First.ClickAsync());
        var restored = (await server.GraphAsync()).Nodes().Single(n => n!["data"]!["id"]!.ToString() == Node)!["data"]!;
        Assert.Equal("Europol", restored["label"]!.ToString());
        Assert.Null(restored["curated"]);
    }

    [Fact]
    public async Task ABadEditIsExplainedInThePanelAndStoresNothing()
    {
        await using var explorer = await server.OpenAsync();
        await explorer.ClickNodeAsync(Node);
        await explorer.Details.GetByText("Edit mode (curation)").ClickAsync();
        var edit = explorer.Details.Locator(".edit-mode");
        await edit.GetByLabel("Action").SelectOptionAsync(new SelectOptionValue { Label = "Merge another actor into this one" });
        await edit.GetByLabel("Actor id to merge in").FillAsync("agency:no-such-body");
        await edit.GetByLabel("Reason (required)").FillAsync("typo");
        await edit.GetByLabel("Key for edits").FillAsync(ExplorerServer.ApiKey);
        var before = (await server.Api.GetFromJsonAsync<JsonArray>("/api/edits"))!.Count;

        await edit.GetByRole(AriaRole.Button, new() { Name = "Save edit" }).ClickAsync();

        await Assertions.Expect(edit.Locator(".edit-result")).ToContainTextAsync("agency:no-such-body");
        Assert.Equal(before, (await server.Api.GetFromJsonAsync<JsonArray>("/api/edits"))!.Count);
    }
}
