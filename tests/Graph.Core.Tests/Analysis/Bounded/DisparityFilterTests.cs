using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using static Graph.Core.Tests.Analysis.Bounded.BoundedFixture;

namespace Graph.Core.Tests.Analysis.Bounded;

/// <summary>The disparity filter against the script's direct Python reading of Serrano, Boguñá and Vespignani (2009).</summary>
public sealed class DisparityFilterTests
{
    public static TheoryData<string> Graphs => new(["backbone-karate", "backbone-skewed"]);

    [Theory, MemberData(nameof(Graphs))]
    public void SignificanceFromBothEndsMatchesTheReference(string name)
    {
        var f = Load(name);
        var p = DisparityFilter.Significance(f.Graph);
        var edges = f.Root.GetProperty("edges").EnumerateArray().ToArray();
        var expected = f.Root.GetProperty("significance").EnumerateArray().ToArray();

        for (var e = 0; e < edges.Length; e++)
        {
            var (u, v) = (edges[e][0].GetInt32(), edges[e][1].GetInt32());
            Assert.Equal(expected[e][0].GetDouble(), p[Arc(f.Graph, u, v)], 12);
            Assert.Equal(expected[e][1].GetDouble(), p[Arc(f.Graph, v, u)], 12);
        }
    }

    [Theory, MemberData(nameof(Graphs))]
    public void BackboneAtEachLevelMatchesTheReference(string name)
    {
        var f = Load(name);
        foreach (var level in f.Root.GetProperty("backbone").EnumerateObject())
        {
            var alpha = double.Parse(level.Name, System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(Pairs(level.Value), Pairs(DisparityFilter.Backbone(f.Graph, alpha)));
        }
    }

    [Fact]
    public void LeafEdgeStaysOnlyWhenItsOtherEndFindsItSignificant()
    {
        // A hub spreading 10 over a heavy edge to "c" and light ones to leaves "a" and "b".
        var graph = CsrGraph.FromEdges(["hub", "a", "b", "c", "d"], [(0, 1, 1), (0, 2, 1), (0, 3, 30), (3, 4, 1)]);

        var backbone = DisparityFilter.Backbone(graph, 0.05);

        Assert.Equal([(0, 3)], Pairs(backbone));
    }

    [Fact]
    public void EqualWeightsAreTheNullModelSoNoEdgeIsSignificant()
    {
        // Hand-computed: a node of degree k spreading equal weights gives each edge p = (1 - 1/k)^(k - 1):
        // k = 1 -> 1 (a leaf), k = 2 -> 1/2, k = 3 -> (2/3)^2 = 4/9. "e1" has 3 actors, "e2" 2; "a" and "b" are in both, "c" only in e1.
        var graph = CsrGraph.FromEdges(["a", "b", "c", "e1", "e2"], [(0, 3, 1), (1, 3, 1), (2, 3, 1), (0, 4, 1), (1, 4, 1)]);
        var expected = new Dictionary<(int From, int To), double>
        {
            [(0, 3)] = 0.5, [(0, 4)] = 0.5, [(1, 3)] = 0.5, [(1, 4)] = 0.5, [(2, 3)] = 1.0,
            [(3, 0)] = 4.0 / 9, [(3, 1)] = 4.0 / 9, [(3, 2)] = 4.0 / 9, [(4, 0)] = 0.5, [(4, 1)] = 0.5,
        };

        var p = DisparityFilter.Significance(graph);

        foreach (var ((from, to), value) in expected)
        {
            Assert.Equal(value, p[Arc(graph, from, to)], 12);
        }

        Assert.True(DisparityFilter.CannotChoose(graph));
        Assert.Empty(DisparityFilter.Backbone(graph, 0.05));
        Assert.Equal([(0, 3), (1, 3), (2, 3)], Pairs(DisparityFilter.Backbone(graph, 0.45)));
        Assert.False(DisparityFilter.CannotChoose(CsrGraph.FromEdges(["a", "b", "c"], [(0, 1, 1), (1, 2, 2)])));
    }

    [Fact]
    public void IsolatedPairNeverStays()
    {
        var graph = CsrGraph.FromEdges(["a", "b"], [(0, 1, 7)]);

        Assert.Empty(DisparityFilter.Backbone(graph, 1.0));
    }

    [Fact]
    public void NonPositiveWeightIsRefusedNamingTheNode()
    {
        var graph = CsrGraph.FromEdges(["a", "b", "c"], [(0, 1, 2), (1, 2, 0)]);

        var error = Assert.Throws<ArgumentException>(() => DisparityFilter.Backbone(graph, 0.05));
        Assert.Contains("node b", error.Message, StringComparison.Ordinal);
    }

    [Theory, InlineData(0.0), InlineData(1.5), InlineData(double.NaN)]
    public void AlphaOutsideZeroToOneIsRefused(double alpha)
    {
        var graph = Load("backbone-karate").Graph;

        Assert.Throws<ArgumentOutOfRangeException>(() => DisparityFilter.Backbone(graph, alpha));
    }

    private static int Arc(CsrGraph graph, int from, int to) => graph.Offsets[from] + graph.Neighbours(from).IndexOf(to);
}
