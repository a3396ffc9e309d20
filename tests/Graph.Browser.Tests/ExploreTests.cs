using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Search, filters, dates and the path finder, each checked against what the API answers.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExploreTests(ExplorerServer server)
{
    [Fact]
    public async Task SearchingAndPickingANameSelectsAndCentresThatNode()
    {
        var graph = await server.GraphAsync();
        var node = graph.BestConnectedNode("agency");
        var (id, label) = (node.Data("id"), node.Data("label"));
        await using var explorer = await server.OpenAsync();
        // An autocompleting search box is a combobox to assistive technology; it is still an input of type search.
        var search = explorer.Page.GetByRole(AriaRole.Combobox, new() { Name = "Search", Exact = true });
        await Assertions.Expect(search).ToHaveAttributeAsync("type", "search");

        await search.FillAsync(label[..Math.Min(label.Length, 6)]);
        await explorer.Page.GetByRole(AriaRole.Option, new() { Name = $"{label} (agency)", Exact = true }).ClickAsync();

        await explorer.Page.WaitForFunctionAsync("id => document.querySelector('#cy')._cyreg.cy.$(':selected').map(n => n.id()).join() === id", id);
        await Assertions.Expect(explorer.Details.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(label);
        // Centring animates; once it ends the node itself (not its box with the label beside it) sits in the middle.
        await explorer.Page.WaitForFunctionAsync("() => !document.querySelector('#cy')._cyreg.cy.animated()");
        var (x, y) = await explorer.RenderedPositionAsync(id);
        var box = (await explorer.Graph.BoundingBoxAsync())!;
        Assert.InRange(x, box.Width / 2 - 30, box.Width / 2 + 30);
        Assert.InRange(y, box.Height / 2 - 30, box.Height / 2 + 30);
        var highlighted = await explorer.IdsWithClassAsync("highlighted");
        Assert.Contains(id, highlighted);
        await explorer.ScreenshotAsync("04-search");
    }

    [Fact]
    public async Task UncheckingAgenciesLeavesOnlyTheCountriesTheApiServes()
    {
        var all = await server.GraphAsync();
        var countries = await server.GraphAsync("?kinds=country");
        await using var explorer = await server.OpenAsync();

        await explorer.ChangeAsync(() => explorer.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Agencies" }).UncheckAsync());

        Assert.True(countries.Nodes().Count < all.Nodes().Count);
        Assert.Equal(countries.Nodes().Count, await explorer.NodeCountAsync());
        Assert.Equal(countries.NodeIds(), await explorer.VisibleNodeIdsAsync());
    }

    [Fact]
    public async Task RaisingTheMinimumWeightDropsWeakerLinks()
    {
        var strong = await server.GraphAsync("?minWeight=2");
        await using var explorer = await server.OpenAsync();
        var before = await explorer.EdgeCountAsync();

        await explorer.ChangeAsync(async () =>
        {
            await explorer.Page.GetByLabel("Minimum weight").FillAsync("2");
            await explorer.Page.GetByLabel("Minimum weight").PressAsync("Tab");
        });

        Assert.True(strong.Edges().Count < before);
        Assert.Equal(strong.Edges().Count, await explorer.EdgeCountAsync());
        Assert.Equal(strong.NodeIds(), await explorer.VisibleNodeIdsAsync());
    }

    [Fact]
    public async Task MovingTheFromDateSliderShowsOnlyLaterReports()
    {
        var timeline = (await server.Api.GetStringAsync("/api/timeline"));
        var dates = System.Text.Json.Nodes.JsonNode.Parse(timeline)!.AsArray().Select(t => t!["date"]!.ToString()).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(dates.Length > 2, "The sample reports should span several dates.");
        await using var explorer = await server.OpenAsync();
        var before = await explorer.NodeCountAsync();
        var slider = explorer.Page.GetByRole(AriaRole.Slider, new() { Name = "From date" });

        // Keyboard, as a user would: End moves the thumb to the latest date.
        await slider.FocusAsync();
        await explorer.ChangeAsync(() => explorer.Page.Keyboard.PressAsync("End"));

        var expected = await server.GraphAsync($"?from={dates[^1]}");
        await Assertions.Expect(explorer.Page.Locator("#date-from-label")).ToHaveTextAsync(dates[^1]);
        Assert.Equal(expected.Nodes().Count, await explorer.NodeCountAsync());
        Assert.NotEqual(before, await explorer.NodeCountAsync());
        Assert.Equal(expected.NodeIds(), await explorer.VisibleNodeIdsAsync());
    }

    [Fact]
    public async Task PathFinderHighlightsTheShortestChainAndQuotesEachStep()
    {
        var graph = await server.GraphAsync();
        var (from, to) = FarApart(graph);
        var label = (string id) => graph.Nodes().First(n => n.Data("id") == id).Data("label");
        var answer = await server.JsonAsync($"/api/paths?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");
        var path = answer["paths"]![0]!["nodes"]!.AsArray().Select(n => n!.ToString()).ToArray();
        await using var explorer = await server.OpenAsync();

        await explorer.Page.GetByLabel("Path from").FillAsync(label(from));
        await explorer.Page.GetByLabel("Path to").FillAsync(label(to));
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Find path" }).ClickAsync();

        await Assertions.Expect(explorer.Details.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToContainTextAsync($"Shortest path ({path.Length - 1} steps)");
        var marked = await explorer.IdsWithClassAsync("on-path");
        var markedNodes = marked.Where(id => !id.Contains('|', StringComparison.Ordinal)).ToArray();
        Assert.Equal(path.Order(StringComparer.Ordinal), markedNodes);
        Assert.Equal(path.Length - 1, marked.Length - markedNodes.Length);
        Assert.Equal(path.Length - 1, await explorer.Details.GetByRole(AriaRole.Heading, new() { Level = 4 }).CountAsync());
        await explorer.ScreenshotAsync("05-path");
    }

    [Fact]
    public async Task TimelinePlaybackGrowsTheGraphReportByReportThenShowsItAll()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync();
        var label = explorer.Page.Locator("#timeline-label");

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Play growth" }).ClickAsync();

        await Assertions.Expect(label).ToContainTextAsync("Up to");
        var early = await explorer.VisibleNodeIdsAsync();
        Assert.True(early.Length < graph.Nodes().Count, $"The first step showed {early.Length} of {graph.Nodes().Count} nodes.");
        await explorer.Page.WaitForFunctionAsync("() => document.querySelector('#cy').dataset.playing === 'false'", null, new() { Timeout = 60_000 });
        Assert.Equal(graph.NodeIds(), await explorer.VisibleNodeIdsAsync());
    }

    [Fact]
    public async Task HoveringANodeHighlightsItsNeighbourhoodUntilThePointerLeaves()
    {
        var graph = await server.GraphAsync();
        var id = graph.BestConnectedNode("country").Data("id");
        var touching = graph.Edges().Where(e => e.Data("source") == id || e.Data("target") == id).ToList();
        string[] neighbourhood =
        [
            .. touching.SelectMany(e => new[] { e.Data("id"), e.Data("source"), e.Data("target") }).Distinct().Order(StringComparer.Ordinal),
        ];
        await using var explorer = await server.OpenAsync();
        var (x, y) = await explorer.RenderedPositionAsync(id);

        await explorer.Graph.HoverAsync(new() { Position = new Position { X = x, Y = y } });

        await explorer.Page.WaitForFunctionAsync("() => document.querySelector('#cy')._cyreg.cy.$('.highlighted').nonempty()");
        Assert.Equal(neighbourhood, await explorer.IdsWithClassAsync("highlighted"));
        Assert.Equal(graph.Nodes().Count + graph.Edges().Count - neighbourhood.Length, (await explorer.IdsWithClassAsync("faded")).Length);
        await explorer.ScreenshotAsync("11-hover");

        await explorer.Graph.HoverAsync(new() { Position = new Position { X = 2, Y = 2 } });

        await explorer.Page.WaitForFunctionAsync("() => document.querySelector('#cy')._cyreg.cy.$('.highlighted, .faded').empty()");
    }

    [Fact]
    public async Task DoubleClickingANodeShowsItsEgoNetworkAndAgainGrowsItByAHop()
    {
        var graph = await server.GraphAsync();
        var id = graph.BestConnectedNode("agency").Data("id");
        var oneHop = await server.GraphAsync($"?center={Uri.EscapeDataString(id)}&depth=1");
        var twoHops = await server.GraphAsync($"?center={Uri.EscapeDataString(id)}&depth=2");
        await using var explorer = await server.OpenAsync();

        await explorer.ChangeAsync(() => explorer.DoubleClickNodeAsync(id));

        Assert.True(oneHop.Nodes().Count < graph.Nodes().Count, "The sample data should have nodes beyond one hop of the best-connected agency.");
        Assert.Equal(oneHop.NodeIds(), await explorer.VisibleNodeIdsAsync());

        await explorer.ChangeAsync(() => explorer.DoubleClickNodeAsync(id));

        Assert.Equal(twoHops.NodeIds(), await explorer.VisibleNodeIdsAsync());
    }

    /// <summary>Two uniquely named nodes at least two hops apart (breadth-first search over the API's edges).</summary>
    private static (string From, string To) FarApart(System.Text.Json.Nodes.JsonObject graph)
    {
        var unique = graph.Nodes().GroupBy(n => n.Data("label")).Where(g => g.Count() == 1).Select(g => g.Single().Data("id")).ToHashSet();
        var next = graph.Edges().SelectMany(e => new[] { (e.Data("source"), e.Data("target")), (e.Data("target"), e.Data("source")) })
            .ToLookup(p => p.Item1, p => p.Item2);
        foreach (var start in unique.Order(StringComparer.Ordinal))
        {
            var distance = new Dictionary<string, int> { [start] = 0 };
            var queue = new Queue<string>([start]);
            while (queue.Count > 0)
            {
                var at = queue.Dequeue();
                foreach (var n in next[at].Where(n => !distance.ContainsKey(n)))
                {
                    distance[n] = distance[at] + 1;
                    queue.Enqueue(n);
                }
            }

            var far = distance.Where(d => d.Value >= 2 && unique.Contains(d.Key)).OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).FirstOrDefault();
            if (far.Key is not null)
            {
                return (start, far.Key);
            }
        }

        throw new InvalidOperationException("The sample graph has no two named nodes two hops apart.");
    }
}
