using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>
/// The page's path for large pictures: at most one drawn link per node above 2,000 nodes, said in the
/// statement, nodes starting unlabelled and the hubs labelled once placed, and the layout libraries
/// loaded after the page's own modules. The sample corpus has no large view, so the large picture is a
/// generated answer to /api/graph in the shape of the real one (its nodes and links copy a sample
/// node's and link's fields); everything else is the real server.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class BigPictureTests(ExplorerServer server)
{
    private const int Nodes = 3000;
    private const int Links = 6000;

    [Fact]
    public async Task AThreeThousandNodePictureDrawsOneLinkPerNodeTheHeaviestAndSaysSo()
    {
        var big = await BigGraphAsync();
        await using var explorer = await OpenWithGraphAsync(big, "/#layout=grid");

        Assert.Equal(Nodes, await explorer.NodeCountAsync());
        Assert.Equal(Nodes, await explorer.EdgeCountAsync());
        await Assertions.Expect(explorer.Page.Locator("#picture-statement"))
            .ToContainTextAsync("The 3,000 strongest of these 6,000 links are drawn.");
        var lightestDrawn = await explorer.Page.EvaluateAsync<double>("() => Math.min(...document.querySelector('#cy')._cyreg.cy.edges().map(e => e.data('weight')))");
        var heaviest = big["edges"]!.AsArray().Select(e => e!["data"]!["weight"]!.GetValue<int>()).OrderDescending().ToArray();
        Assert.Equal(heaviest[Nodes - 1], lightestDrawn);
        Assert.Equal("canvas", await explorer.Graph.GetAttributeAsync("data-renderer"));
        Assert.True(await explorer.Page.Locator("#cy canvas").CountAsync() > 0);
        var path = await explorer.ScreenshotAsync("40-big-picture");
        Assert.True(new FileInfo(path).Length > 10_000, "The large picture's screenshot looks blank.");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task ALargePictureLabelsItsHubAndKeepsMostNodesUnlabelled()
    {
        var big = await BigGraphAsync();
        await using var explorer = await OpenWithGraphAsync(big, "/#layout=grid");

        var unlabelled = await explorer.IdsWithClassAsync("unlabelled");
        Assert.DoesNotContain("actor:n0", unlabelled); // the hub: the largest weighted degree
        Assert.InRange(unlabelled.Length, Nodes / 2, Nodes - 1);
        var hubFont = await explorer.Page.EvaluateAsync<double>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy; return cy.$id('actor:n0').renderedStyle('font-size') ? parseFloat(cy.$id('actor:n0').renderedStyle('font-size')) : 0; }");
        Assert.InRange(hubFont, 10, 14); // the 12-pixel label size on screen, within a zoom step, though the picture is zoomed far out
    }

    [Fact]
    public async Task TheForceLayoutLibrariesLoadAfterThePageStartsAndStillLayOutTheSamples()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync();

        Assert.Equal(0, await explorer.Page.Locator("head script[defer][src*='fcose']").CountAsync());
        Assert.True(await explorer.Page.EvaluateAsync<bool>("() => typeof globalThis.cytoscapeFcose === 'function'"));
        Assert.Equal("fcose", await explorer.Page.GetByLabel("Layout", new() { Exact = true }).InputValueAsync());
        Assert.Equal(graph.NodeIds(), await explorer.VisibleNodeIdsAsync());
        Assert.True(await explorer.Page.EvaluateAsync<bool>("() => performance.getEntriesByName('layout-done').length > 0"));
        Assert.Empty(explorer.Errors);
    }

    private Task<JsonObject> BigGraphAsync() => BigGraphAsync(server, Nodes, Links);

    /// <summary>
    /// A graph answer of <paramref name="nodeCount"/> actors (weighted degree falling with the number) and
    /// <paramref name="linkCount"/> links with distinct weights among the first <paramref name="linkedCount"/>
    /// of them (all by default), built from a sample node and link.
    /// </summary>
    internal static async Task<JsonObject> BigGraphAsync(ExplorerServer server, int nodeCount, int linkCount, int? linkedCount = null)
    {
        var linked = linkedCount ?? nodeCount;
        var sample = await server.GraphAsync();
        var nodeTemplate = sample.Nodes()[0]!["data"]!.AsObject();
        var edgeTemplate = sample["edges"]!.AsArray()[0]!["data"]!.AsObject();
        var nodes = new JsonArray();
        for (var i = 0; i < nodeCount; i++)
        {
            var data = nodeTemplate.DeepClone().AsObject();
            data["id"] = $"actor:n{i}";
            data["label"] = $"Agency number {i}";
            data["kind"] = "agency";
            data["weightedDegree"] = nodeCount - i;
            data["degree"] = nodeCount - i;
            nodes.Add(new JsonObject { ["data"] = data });
        }

        var edges = new JsonArray();
        for (var i = 0; i < linkCount; i++)
        {
            var (source, target) = (i % linked, (i * 7 + 1 + i / linked) % linked);
            var data = edgeTemplate.DeepClone().AsObject();
            data["id"] = $"link{i}";
            data["source"] = $"actor:n{source}";
            data["target"] = $"actor:n{(target == source ? (target + 1) % linked : target)}";
            data["weight"] = linkCount - i;
            edges.Add(new JsonObject { ["data"] = data });
        }

        var graph = sample.DeepClone().AsObject();
        graph["nodes"] = nodes;
        graph["edges"] = edges;
        graph["picture"] = new JsonObject
        {
            ["statement"] = $"showing all {nodeCount} actors and {linkCount} links",
            ["nodesTotal"] = nodeCount,
            ["nodesKept"] = nodeCount,
            ["edgesTotal"] = linkCount,
            ["edgesKept"] = linkCount,
        };
        return graph;
    }

    private Task<ExplorerPage> OpenWithGraphAsync(JsonObject graph, string pathAndHash) => OpenWithGraphAsync(server, graph, pathAndHash);

    /// <summary>The real page and server, with <paramref name="graph"/> as the answer to /api/graph.</summary>
    internal static async Task<ExplorerPage> OpenWithGraphAsync(ExplorerServer server, JsonObject graph, string pathAndHash)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        var body = graph.ToJsonString();
        await context.RouteAsync(url => new Uri(url).AbsolutePath == "/api/graph", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = body }));
        var explorer = new ExplorerPage(await context.NewPageAsync());
        await explorer.GotoAsync(pathAndHash);
        return explorer;
    }
}
