using System.Globalization;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>The bounded picture on the page: its statement, bringing a left-out actor in, quick changes, regions and the WebGL path.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class PictureTests(ExplorerServer server)
{
    private ILocator Statement(ExplorerPage explorer) => explorer.Page.Locator("#picture-statement");

    [Fact]
    public async Task TheStatementSaysTheWholeSmallViewIsShown()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync();

        var total = graph["picture"]!["nodesTotal"]!.GetValue<int>();
        var links = graph["picture"]!["edgesTotal"]!.GetValue<int>();
        await Assertions.Expect(Statement(explorer)).ToHaveTextAsync($"Showing all {total} actors and {links} links");
        Assert.Equal(total, await explorer.NodeCountAsync());
    }

    [Fact]
    public async Task ABudgetShowsTheTopNodesAndTheStatementGivesTheTotals()
    {
        var bounded = await server.GraphAsync("?budget=6");
        await using var explorer = await server.OpenAsync("/#budget=6");

        var picture = bounded["picture"]!;
        Assert.Equal(6, picture["nodesKept"]!.GetValue<int>());
        await Assertions.Expect(Statement(explorer)).ToHaveTextAsync(string.Create(CultureInfo.InvariantCulture,
            $"Showing 6 of {picture["nodesTotal"]!.GetValue<int>()} actors and {picture["edgesKept"]!.GetValue<int>()} of {picture["edgesTotal"]!.GetValue<int>()} links — backbone α = 0.05"));
        Assert.Equal(bounded.NodeIds(), await explorer.VisibleNodeIdsAsync());
        await explorer.ScreenshotAsync("20-bounded");
    }

    [Fact]
    public async Task SearchingForAnActorLeftOutBringsItInWithItsNeighbours()
    {
        var bounded = await server.GraphAsync("?budget=4");
        var all = await server.GraphAsync();
        var shown = bounded.NodeIds().ToHashSet();
        var outside = all.Nodes().Where(n => !shown.Contains(n.Data("id")) && n.Data("kind") == "agency")
            .OrderBy(n => n.Data("label"), StringComparer.Ordinal)
            .First(n => all.Nodes().Count(m => m.Data("label") == n.Data("label")) == 1);
        var (id, label) = (outside.Data("id"), outside.Data("label"));
        await using var explorer = await server.OpenAsync("/#budget=4");
        Assert.DoesNotContain(id, await explorer.VisibleNodeIdsAsync());

        var search = explorer.Page.GetByRole(AriaRole.Combobox, new() { Name = "Search", Exact = true });
        await search.FillAsync(label);
        var option = explorer.Page.GetByRole(AriaRole.Option, new() { Name = $"{label} (agency, not shown)", Exact = true });
        await explorer.ChangeAsync(() => option.ClickAsync());

        var expected = (await server.GraphAsync($"?budget=4&include={Uri.EscapeDataString(id)}")).NodeIds();
        Assert.Contains(id, expected);
        Assert.Equal(expected, await explorer.VisibleNodeIdsAsync());
        await explorer.Page.WaitForFunctionAsync("id => document.querySelector('#cy')._cyreg.cy.$(':selected').map(n => n.id()).join() === id", id);
        Assert.Contains("include=", explorer.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoQuickFilterChangesLeaveOneFittedLaidOutPicture()
    {
        var final = await server.GraphAsync("?kinds=country&minWeight=2");
        await using var explorer = await server.OpenAsync();

        await explorer.ChangeAsync(async () =>
        {
            await explorer.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Agencies" }).UncheckAsync();
            await explorer.Page.GetByLabel("Minimum weight").FillAsync("2");
            await explorer.Page.GetByLabel("Minimum weight").PressAsync("Tab");
        });

        Assert.Equal(final.NodeIds(), await explorer.VisibleNodeIdsAsync());
        var before = await Positions(explorer);
        await explorer.Page.WaitForTimeoutAsync(800);
        Assert.Equal(before, await Positions(explorer));
        var inside = await explorer.Page.EvaluateAsync<bool>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy; const b = cy.elements().renderedBoundingBox(); " +
            "return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= cy.width() + 1 && b.y2 <= cy.height() + 1 && b.w > cy.width() / 4; }");
        Assert.True(inside, "The final picture is not fitted to the graph area.");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task ClickingARegionOpensItIntoItsCountriesAndAgencies()
    {
        var regions = await server.GraphAsync("?view=regions");
        var region = regions.BestConnectedNode();
        var regionId = region.Data("id");
        var opened = await server.GraphAsync($"?view=regions&expand={Uri.EscapeDataString(regionId)}");
        await using var explorer = await server.OpenAsync("/#view=regions");
        Assert.Equal(regions.NodeIds(), await explorer.VisibleNodeIdsAsync());

        await explorer.ChangeAsync(() => explorer.ClickNodeAsync(regionId));

        Assert.Equal(opened.NodeIds(), await explorer.VisibleNodeIdsAsync());
        Assert.DoesNotContain(regionId, opened.NodeIds());
        Assert.Contains(opened.NodeIds(), id => id.StartsWith("country:", StringComparison.Ordinal));
        await explorer.ScreenshotAsync("21-region-opened");
    }

    [Fact]
    public async Task TheWebglRendererDrawsThePicture()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync("/?renderer=webgl");

        Assert.Equal("webgl", await explorer.Graph.GetAttributeAsync("data-renderer"));
        Assert.True(await explorer.Page.EvaluateAsync<bool>("() => document.querySelector('#cy')._cyreg.cy.renderer().webgl === true"));
        Assert.True(await explorer.Page.Locator("#cy canvas").CountAsync() > 0);
        Assert.Equal(graph.Nodes().Count, await explorer.NodeCountAsync());
        Assert.Equal(graph.NodeIds(), await explorer.VisibleNodeIdsAsync());
        var path = await explorer.ScreenshotAsync("22-webgl");
        Assert.True(new FileInfo(path).Length > 10_000, "The WebGL screenshot looks blank.");
        Assert.Empty(explorer.Errors);
    }

    private static async Task<string> Positions(ExplorerPage explorer) =>
        await explorer.Page.EvaluateAsync<string>(
            "() => document.querySelector('#cy')._cyreg.cy.nodes().map(n => n.id() + ':' + Math.round(n.position('x')) + ',' + Math.round(n.position('y'))).join(' ')");
}
