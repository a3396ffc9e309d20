using Microsoft.Playwright;

namespace Graph.Browser.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class ExplorerPageTests(ExplorerServer server)
{
    [Fact]
    public async Task PageDrawsEveryNodeAndEdgeTheApiServesWithoutErrors()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync();

        Assert.NotEmpty(graph.Nodes());
        Assert.Equal(graph.Nodes().Count, await explorer.NodeCountAsync());
        Assert.Equal(graph.Edges().Count, await explorer.EdgeCountAsync());
        Assert.Equal(graph.NodeIds(), await explorer.VisibleNodeIdsAsync());
        await explorer.ScreenshotAsync("01-explorer");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task CountriesAndAgenciesDifferInShapeAndColour()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync();
        var country = graph.BestConnectedNode("country").Data("id");
        var agency = graph.BestConnectedNode("agency").Data("id");

        var look = await explorer.Page.EvaluateAsync<string[]>(
            "([a, b]) => { const cy = document.querySelector('#cy')._cyreg.cy; return [a, b].flatMap(id => [cy.getElementById(id).style('shape'), cy.getElementById(id).style('background-color')]); }",
            new[] { country, agency });

        Assert.NotEqual(look[0], look[2]);
        Assert.NotEqual(look[1], look[3]);
    }

    [Fact]
    public async Task ColourByCommunityRestylesWithoutRefetchingOrMovingAnyNode()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync();
        var country = graph.BestConnectedNode("country").Data("id");
        const string Look = "id => { const cy = document.querySelector('#cy')._cyreg.cy; const n = cy.getElementById(id); " +
            "return [n.style('background-color'), String(n.position('x')), String(n.position('y')), String(cy.elements().length), document.querySelector('#cy').dataset.generation]; }";
        var before = await explorer.Page.EvaluateAsync<string[]>(Look, country);
        var requests = 0;
        explorer.Page.Request += (_, request) => { if (request.Url.Contains("/api/graph", StringComparison.Ordinal)) requests++; };

        await explorer.Page.GetByLabel("Colour by").SelectOptionAsync("community");
        await explorer.Page.WaitForFunctionAsync(
            "([id, colour]) => document.querySelector('#cy')._cyreg.cy.getElementById(id).style('background-color') !== colour", new[] { country, before[0] });

        var after = await explorer.Page.EvaluateAsync<string[]>(Look, country);
        Assert.Equal(0, requests);
        Assert.Equal(before[1..], after[1..]); // same position, same elements, no new layout run
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task EdgeWidthGrowsWithWeight()
    {
        await using var explorer = await server.OpenAsync();

        var widths = await explorer.Page.EvaluateAsync<double[]>(
            "() => { const es = document.querySelector('#cy')._cyreg.cy.edges().sort((a, b) => a.data('weight') - b.data('weight')); " +
            "return [es.first(), es.last()].flatMap(e => [e.data('weight'), parseFloat(e.style('width'))]); }");

        Assert.True(widths[2] > widths[0], "The sample data should hold edges of different weights.");
        Assert.True(widths[3] > widths[1], $"Width {widths[3]} for weight {widths[2]} should exceed {widths[1]} for weight {widths[0]}.");
    }

    [Fact]
    public async Task ClickingANodeFillsTheDetailsPanelWithItsReportsAndSentences()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync();

        // In the crowded centre the click may land on a neighbour drawn over the hub: the panel must show the node that was hit.
        await explorer.ClickNodeAsync(graph.BestConnectedNode().Data("id"));
        var id = await explorer.Page.EvaluateAsync<string>("() => document.querySelector('#cy')._cyreg.cy.nodes(':selected').map(n => n.id())[0] ?? ''");
        var detail = await server.JsonAsync($"/api/nodes/{Uri.EscapeDataString(id)}");
        var firstReport = detail["reports"]![0]!;

        var details = explorer.Details;
        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = detail["name"]!.ToString(), Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(details).ToContainTextAsync(detail["kind"]!.ToString());
        var link = details.GetByRole(AriaRole.Link, new() { Name = firstReport["title"]!.ToString(), Exact = true }).First;
        await Assertions.Expect(link).ToHaveAttributeAsync("href", firstReport["url"]!.ToString());
        await Assertions.Expect(details).ToContainTextAsync(firstReport["date"]!.ToString());
        await Assertions.Expect(details.Locator("blockquote").First).ToHaveTextAsync(firstReport["sentences"]![0]!.ToString());
        Assert.Equal([id], await explorer.SelectedIdsAsync());
        await explorer.ScreenshotAsync("02-node-details");
    }

    [Fact]
    public async Task ClickingAnEdgeShowsBothEndsItsWeightAndEverySupportingSentence()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync();
        var edgeId = await explorer.ClickableEdgeAsync();
        var edge = graph.Edges().Single(e => e.Data("id") == edgeId);
        var (source, target) = (edge.Data("source"), edge.Data("target"));
        var evidence = await server.JsonAsync($"/api/edges/evidence?source={Uri.EscapeDataString(source)}&target={Uri.EscapeDataString(target)}");
        var sentences = evidence["evidence"]!.AsArray().SelectMany(e => e!["sentences"]!.AsArray()).Select(s => s!.ToString()).ToArray();

        await explorer.ClickEdgeAsync(edgeId);

        var label = (string id) => graph.Nodes().First(n => n.Data("id") == id).Data("label");
        await Assertions.Expect(explorer.Details.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync($"{label(source)} — {label(target)}");
        await Assertions.Expect(explorer.Details).ToContainTextAsync($"{evidence["weight"]} operation(s)");
        Assert.NotEmpty(sentences);
        await Assertions.Expect(explorer.Details.Locator("blockquote")).ToHaveTextAsync(sentences);
        await explorer.ScreenshotAsync("03-edge-evidence");
    }

    [Fact]
    public async Task WebGlRendererOptionDrawsTheSameGraph()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync("/?renderer=webgl");

        Assert.Equal(graph.NodeIds(), await explorer.VisibleNodeIdsAsync());
        Assert.Equal(graph.Edges().Count, await explorer.EdgeCountAsync());
        Assert.DoesNotContain(explorer.Errors, e => !e.Contains("GL Driver", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TableViewSortsByAnyMetricAndDownloadsEveryNodeAsCsv()
    {
        var graph = await server.GraphAsync();
        var top = graph.Nodes().OrderByDescending(n => double.Parse(n.Data("betweenness"), System.Globalization.CultureInfo.InvariantCulture)).First();
        await using var explorer = await server.OpenAsync();

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Table" }).ClickAsync();
        var table = explorer.Page.GetByRole(AriaRole.Table, new() { Name = "Nodes" });
        await table.GetByRole(AriaRole.Button, new() { Name = "betweenness", Exact = true }).ClickAsync();

        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "betweenness", Exact = true })).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(table.Locator("tbody tr").First.Locator("td").First).ToHaveTextAsync(top.Data("label"));
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(graph.Nodes().Count);
        await explorer.ScreenshotAsync("10-table");

        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Download nodes CSV" }).ClickAsync());
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("label,kind,countryCode,degree", lines[0], StringComparison.Ordinal);
        Assert.Equal(graph.Nodes().Count + 1, lines.Length);
    }
}
