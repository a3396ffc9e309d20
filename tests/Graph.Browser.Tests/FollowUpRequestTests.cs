using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>
/// Issue 15, broken on the way: a click's evidence, a node's details and a path are asked with the
/// view and filters of the picture they were clicked in.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class FollowUpRequestTests(ExplorerServer server)
{
    [Theory]
    [InlineData("countries")]
    [InlineData("agencies")]
    [InlineData("bipartite")]
    public async Task ClickingAnEdgeQuotesTheEvidenceOfThatViewsEdge(string view)
    {
        var graph = await server.GraphAsync($"?view={view}");
        var actors = (await server.GraphAsync()).Edges().ToDictionary(e => e.Data("id"), e => e.Data("weight"));
        // The edges the actors view lacks or weighs differently: asking that view for their evidence was the bug.
        var differing = graph.Edges().Where(e => actors.GetValueOrDefault(e.Data("id")) != e.Data("weight")).Select(e => e.Data("id")).ToList();
        await using var explorer = await server.OpenAsync($"/#view={view}");

        var id = await explorer.ClickLoneEdgeAsync(differing.Count > 0 ? differing : null);

        var edge = graph.Edges().First(e => e.Data("id") == id);
        await Assertions.Expect(explorer.Details.GetByText($"{edge.Data("weight")} operation(s)")).ToBeVisibleAsync();
        Assert.Null(await explorer.ErrorBannerAsync());
        Assert.NotEmpty(await explorer.Details.Locator(".evidence").AllAsync());
        Assert.DoesNotContain(explorer.Errors, e => e.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EdgeEvidenceInADateFilteredViewQuotesOnlyReportsInTheRange()
    {
        var (from, filtered) = await RangeWithOlderEvidenceAsync();
        var candidates = new List<string>();
        foreach (var edge in filtered.Edges())
        {
            var all = await server.JsonAsync($"/api/edges/evidence?source={Uri.EscapeDataString(edge.Data("source"))}&target={Uri.EscapeDataString(edge.Data("target"))}");
            if (all["evidence"]!.AsArray().Any(e => string.CompareOrdinal(e!["date"]?.ToString(), from) < 0))
            {
                candidates.Add(edge.Data("id"));
            }
        }

        Assert.NotEmpty(candidates); // the sample data has links that began before the range and go on within it
        await using var explorer = await server.OpenAsync($"/#from={from}");

        await explorer.ClickLoneEdgeAsync(candidates);

        await Assertions.Expect(explorer.Details.Locator(".evidence").First).ToBeVisibleAsync();
        var dates = await explorer.EvidenceDatesAsync();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d, from) >= 0, $"Evidence dated {d} is outside the range from {from}."));
    }

    [Fact]
    public async Task NodeDetailsListOnlyTheReportsInTheActiveDateRange()
    {
        var (from, filtered) = await RangeWithOlderEvidenceAsync();
        var node = filtered.BestConnectedNode("country");
        var id = node.Data("id");
        var everything = await server.JsonAsync($"/api/nodes/{Uri.EscapeDataString(id)}");
        var reports = everything["reports"]!.AsArray();
        var inRange = reports.Count(r => string.CompareOrdinal(r!["date"]?.ToString(), from) >= 0);
        Assert.True(inRange < reports.Count, "The chosen node should have reports before the range.");
        await using var explorer = await server.OpenAsync($"/#from={from}");

        await explorer.ClickNodeAsync(id);

        await Assertions.Expect(explorer.Details.GetByRole(AriaRole.Heading, new() { Name = $"Reports ({inRange})" })).ToBeVisibleAsync();
        Assert.All(await explorer.EvidenceDatesAsync(), d => Assert.True(string.CompareOrdinal(d, from) >= 0, $"Report dated {d} is outside the range."));
    }

    [Fact]
    public async Task PathFinderFollowsTheKindsFilterOnScreen()
    {
        var filtered = await server.GraphAsync("?kinds=country");
        var (from, to, hops) = Farthest(filtered);
        var label = (string id) => filtered.Nodes().First(n => n.Data("id") == id).Data("label");
        await using var explorer = await server.OpenAsync("/#kinds=country");

        await explorer.Page.GetByLabel("Path from").FillAsync(label(from));
        await explorer.Page.GetByLabel("Path to").FillAsync(label(to));
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Find path" }).ClickAsync();

        await Assertions.Expect(explorer.Details.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToContainTextAsync($"({hops} step");
        var onPath = (await explorer.IdsWithClassAsync("on-path")).Where(i => !i.Contains('|', StringComparison.Ordinal)).ToArray();
        Assert.Equal(hops + 1, onPath.Length);
        Assert.All(onPath, i => Assert.StartsWith("country:", i, StringComparison.Ordinal));
    }

    /// <summary>A from-date in the middle of the reports, and the graph from it on.</summary>
    private async Task<(string From, JsonObject Graph)> RangeWithOlderEvidenceAsync()
    {
        var dates = await server.ReportDatesAsync();
        var from = dates[dates.Length / 2];
        return (from, await server.GraphAsync($"?from={from}"));
    }

    /// <summary>The two uniquely named nodes farthest apart in a graph, and how many hops apart.</summary>
    private static (string From, string To, int Hops) Farthest(JsonObject graph)
    {
        var unique = graph.Nodes().GroupBy(n => n.Data("label")).Where(g => g.Count() == 1).Select(g => g.Single().Data("id")).Order(StringComparer.Ordinal).ToList();
        var next = graph.Edges().SelectMany(e => new[] { (e.Data("source"), e.Data("target")), (e.Data("target"), e.Data("source")) }).ToLookup(p => p.Item1, p => p.Item2);
        var best = (From: "", To: "", Hops: 0);
        foreach (var start in unique)
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

            foreach (var (end, hops) in distance.Where(d => unique.Contains(d.Key)))
            {
                if (hops > best.Hops)
                {
                    best = (start, end, hops);
                }
            }
        }

        Assert.True(best.Hops >= 2, "The filtered sample graph should have two countries at least two hops apart.");
        return best;
    }
}
