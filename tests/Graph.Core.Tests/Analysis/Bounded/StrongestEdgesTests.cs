using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using static Graph.Core.Tests.Analysis.Bounded.BoundedFixture;

namespace Graph.Core.Tests.Analysis.Bounded;

public sealed class StrongestEdgesTests
{
    [Theory, InlineData("backbone-karate"), InlineData("backbone-skewed")]
    public void EdgesKeptPerNodeMatchTheReference(string name)
    {
        var f = Load(name);
        foreach (var rule in f.Root.GetProperty("top_k").EnumerateObject())
        {
            var k = int.Parse(rule.Name, System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(Pairs(rule.Value), Pairs(StrongestEdges.PerNode(f.Graph, k)));
        }
    }

    [Fact]
    public void StrongestNeighboursAreTheHeadOfTheRowSortedByWeightThenId()
    {
        var graph = Load("sampled-skewed").Graph;   // hubs of degree 28 to 35, weights 1..5: many ties

        for (var v = 0; v < graph.NodeCount; v++)
        {
            var row = graph.Neighbours(v).ToArray();
            var weights = graph.NeighbourWeights(v).ToArray();
            var sorted = row.Select((u, i) => (u, w: weights[i]))
                .OrderByDescending(p => p.w).ThenBy(p => graph.NodeIds[p.u], StringComparer.Ordinal)
                .Select(p => p.u).Take(12);

            Assert.Equal(sorted, StrongestEdges.Neighbours(graph, v, 12));
        }
    }

    [Fact]
    public void EveryNodeWithAnEdgeKeepsOne()
    {
        var graph = Load("backbone-skewed").Graph;

        var kept = StrongestEdges.PerNode(graph, 1);

        var touched = kept.SelectMany(e => new[] { e.U, e.V }).ToHashSet();
        Assert.All(Enumerable.Range(0, graph.NodeCount).Where(v => graph.Degree(v) > 0), v => Assert.Contains(v, touched));
    }

    [Fact]
    public void EqualWeightsAreSettledByNeighbourId()
    {
        // Node numbers run against id order: "z" is 1, "b" is 2; the tie goes to "b".
        var graph = CsrGraph.FromEdges(["hub", "z", "b"], [(0, 1, 3), (0, 2, 3), (1, 2, 9)]);

        Assert.Equal([2, 1], StrongestEdges.Neighbours(graph, 0, 2));
        Assert.Equal([(0, 2), (1, 2)], Pairs(StrongestEdges.PerNode(graph, 1)));
    }
}
