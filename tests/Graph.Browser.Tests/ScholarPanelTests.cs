using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Issue 15 item 6: brokers and bridges, communities, alternative shortest paths, operation names and citations.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ScholarPanelTests(ExplorerServer server)
{
    [Fact]
    public async Task BrokersAndBridgesAreListedAndHighlightedAsTheApiNamesThem()
    {
        // The first view in which the sample data has brokers (the dense actors view may have none).
        string? view = null;
        JsonObject metrics = null!;
        foreach (var candidate in new[] { "actors", "agencies", "countries", "regions" })
        {
            metrics = await server.JsonAsync($"/api/metrics?view={candidate}");
            if (metrics["articulationPoints"]!.AsArray().Count > 0)
            {
                view = candidate;
                break;
            }
        }

        Assert.NotNull(view);
        var brokers = metrics["articulationPoints"]!.AsArray().Select(n => n!.ToString()).ToList();
        var bridges = metrics["bridges"]!.AsArray().Select(b => b!.AsArray().Select(n => n!.ToString()).ToArray()).ToList();
        await using var explorer = await server.OpenAsync($"/#view={view}");

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Show brokers and bridges" }).ClickAsync();

        await Assertions.Expect(explorer.Details.GetByRole(AriaRole.Heading, new() { Name = $"Brokers ({brokers.Count})" })).ToBeVisibleAsync();
        await Assertions.Expect(explorer.Details.GetByRole(AriaRole.Heading, new() { Name = $"Bridges ({bridges.Count})" })).ToBeVisibleAsync();
        Assert.Equal(brokers.Count, await explorer.Details.Locator(".brokers button").CountAsync());
        var marked = (await explorer.IdsWithClassAsync("highlighted")).Where(id => !id.Contains('|', StringComparison.Ordinal)).ToHashSet();
        Assert.Subset(marked, brokers.ToHashSet());
        Assert.Subset(marked, bridges.SelectMany(b => b).ToHashSet());
        await explorer.ScreenshotAsync("21-brokers");
    }

    [Fact]
    public async Task CommunitiesAreListedWithTheirMembersAndTheModularity()
    {
        var list = await server.JsonAsync("/api/communities");
        var modularity = list["modularity"]!.GetValue<double>();
        var first = list["communities"]![0]!;
        await using var explorer = await server.OpenAsync();

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "List communities" }).ClickAsync();

        await Assertions.Expect(explorer.Details.Locator(".modularity")).ToContainTextAsync($"Q = {modularity.ToString("0.000", CultureInfo.InvariantCulture)}");
        Assert.Equal((int)list["count"]!, await explorer.Details.Locator("details.community").CountAsync());
        var section = explorer.Details.Locator("details.community").First;
        await section.Locator("summary").ClickAsync();
        Assert.Equal(first["members"]!.AsArray().Count, await section.Locator("li button").CountAsync());
        await section.GetByRole(AriaRole.Button, new() { Name = "Show on the graph" }).ClickAsync();
        var members = first["members"]!.AsArray().Select(m => m!["id"]!.ToString()).Order(StringComparer.Ordinal).ToArray();
        var marked = (await explorer.IdsWithClassAsync("highlighted")).Where(id => !id.Contains('|', StringComparison.Ordinal)).ToArray();
        Assert.Equal(members, marked);
    }

    [Fact]
    public async Task EveryShortestPathCanBeShownInTurn()
    {
        var graph = await server.GraphAsync();
        var (from, to) = PairWithSeveralShortestPaths(graph);
        var label = (string id) => graph.Nodes().First(n => n.Data("id") == id).Data("label");
        var answer = await server.JsonAsync($"/api/paths?source={Uri.EscapeDataString(from)}&target={Uri.EscapeDataString(to)}");
        var paths = answer["paths"]!.AsArray();
        Assert.True(paths.Count > 1);
        await using var explorer = await server.OpenAsync();
        await explorer.Page.GetByLabel("Path from").FillAsync(label(from));
        await explorer.Page.GetByLabel("Path to").FillAsync(label(to));
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Find path" }).ClickAsync();
        var alternatives = explorer.Details.Locator(".alternatives button");
        await Assertions.Expect(alternatives).ToHaveCountAsync(paths.Count);

        await alternatives.Nth(1).ClickAsync();

        var second = paths[1]!["nodes"]!.AsArray().Select(n => n!.ToString()).Order(StringComparer.Ordinal).ToArray();
        await explorer.Page.WaitForFunctionAsync("() => document.querySelector('.alternatives button[aria-pressed=\"true\"]')?.textContent.length > 0");
        var onPath = (await explorer.IdsWithClassAsync("on-path")).Where(id => !id.Contains('|', StringComparison.Ordinal)).ToArray();
        Assert.Equal(second, onPath);
    }

    [Fact]
    public async Task EdgeEvidenceNamesTheOperationAndCopiesAsACitation()
    {
        // The countries view: fewer, clearer edges than the actors view, so one can be clicked on its own.
        // Every edge whose first evidence names its operation is a candidate: the heaviest links are often
        // the unnamed ones, and a heavy named one may lie under others where no click finds it alone.
        var graph = await server.GraphAsync("?view=countries");
        var named = new Dictionary<string, JsonNode>();
        foreach (var edge in graph.Edges())
        {
            var evidence = await server.JsonAsync($"/api/edges/evidence?view=countries&source={Uri.EscapeDataString(edge.Data("source"))}&target={Uri.EscapeDataString(edge.Data("target"))}");
            if (evidence["evidence"]![0]!["eventName"] is not null)
            {
                named[edge.Data("id")] = evidence["evidence"]![0]!;
            }
        }

        Assert.NotEmpty(named);
        await using var explorer = await server.OpenAsync("/#view=countries");
        await explorer.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var item = named[await explorer.ClickLoneEdgeAsync(named.Keys)];
        await Assertions.Expect(explorer.Details.Locator(".operation").First).ToHaveTextAsync($"Operation: {item["eventName"]}");

        await explorer.Details.GetByRole(AriaRole.Button, new() { Name = "Copy citation" }).ClickAsync();

        await Assertions.Expect(explorer.Page.Locator("#status")).ToHaveTextAsync("Citation copied.");
        var copied = await explorer.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains($"\"{item["title"]}\"", copied, StringComparison.Ordinal);
        Assert.Contains($"operation {item["eventName"]}", copied, StringComparison.Ordinal);
        Assert.Contains(item["date"]!.ToString(), copied, StringComparison.Ordinal);
        Assert.Contains(item["sentences"]![0]!.ToString(), copied, StringComparison.Ordinal);
    }

    /// <summary>Two uniquely named nodes joined by more than one shortest path (counted by breadth-first search).</summary>
    private static (string From, string To) PairWithSeveralShortestPaths(JsonObject graph)
    {
        var unique = graph.Nodes().GroupBy(n => n.Data("label")).Where(g => g.Count() == 1).Select(g => g.Single().Data("id")).Order(StringComparer.Ordinal).ToList();
        var next = graph.Edges().SelectMany(e => new[] { (e.Data("source"), e.Data("target")), (e.Data("target"), e.Data("source")) }).ToLookup(p => p.Item1, p => p.Item2);
        foreach (var start in unique)
        {
            var (distance, count) = (new Dictionary<string, int> { [start] = 0 }, new Dictionary<string, long> { [start] = 1 });
            var queue = new Queue<string>([start]);
            while (queue.Count > 0)
            {
                var at = queue.Dequeue();
                foreach (var n in next[at])
                {
                    if (!distance.ContainsKey(n))
                    {
                        distance[n] = distance[at] + 1;
                        count[n] = 0;
                        queue.Enqueue(n);
                    }

                    if (distance[n] == distance[at] + 1)
                    {
                        count[n] += count[at];
                    }
                }
            }

            var end = unique.FirstOrDefault(u => count.GetValueOrDefault(u) is > 1 and <= 20 && distance[u] >= 2);
            if (end is not null)
            {
                return (start, end);
            }
        }

        throw new InvalidOperationException("No two named nodes are joined by several shortest paths.");
    }
}
