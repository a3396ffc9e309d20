using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using static Graph.Core.Tests.Analysis.Bounded.BoundedFixture;

namespace Graph.Core.Tests.Analysis.Bounded;

public sealed class BoundedPictureTests
{
    [Theory, InlineData("backbone-karate"), InlineData("backbone-skewed")]
    public void PicturesMatchTheReference(string name)
    {
        var f = Load(name);
        foreach (var expected in f.Root.GetProperty("pictures").EnumerateArray())
        {
            var backbone = expected.GetProperty("filter").GetString() == "backbone";
            var options = new PictureOptions
            {
                NodeBudget = expected.GetProperty("budget").GetInt32(),
                Edges = backbone ? EdgeFilter.Backbone : EdgeFilter.StrongestPerNode,
                Alpha = backbone ? expected.GetProperty("alpha").GetDouble() : 0.05,
                EdgesPerNode = backbone ? 2 : expected.GetProperty("k").GetInt32(),
                Include = Ints(expected.GetProperty("forced")).Select(v => f.Graph.NodeIds[v]).ToArray(),
                NeighboursOfIncluded = expected.GetProperty("neighbours").GetInt32(),
            };

            var picture = BoundedPicture.Of(f.Graph, options);

            Assert.Equal(Ints(expected.GetProperty("nodes")), picture.Nodes);
            Assert.Equal(Pairs(expected.GetProperty("edges")), Pairs(picture.Edges));
            Assert.Equal((f.Graph.NodeCount, f.Graph.EdgeCount), (picture.TotalNodes, picture.TotalEdges));
        }
    }

    [Fact]
    public void StatementGivesShownAndTotalCountsAndTheBackboneLevel()
    {
        var graph = Load("backbone-skewed").Graph;

        var picture = BoundedPicture.Of(graph, new PictureOptions { NodeBudget = 10, Alpha = 0.2 });

        Assert.Equal($"showing 10 of 60 actors and {picture.Edges.Count} of 200 links — backbone α = 0.2", picture.Describe("actors"));
        Assert.False(picture.IsComplete);
    }

    [Fact]
    public void EdgeBudgetKeepsTheHeaviestOfTheBackboneAndStatesHowManyItHad()
    {
        var graph = Load("backbone-skewed").Graph;
        var unbounded = BoundedPicture.Of(graph, new PictureOptions { NodeBudget = 60, Alpha = 0.5 });

        var picture = BoundedPicture.Of(graph, new PictureOptions { NodeBudget = 60, Alpha = 0.5, EdgeBudget = 5 });

        var heaviest = unbounded.Edges.OrderByDescending(e => e.Weight).ThenBy(e => e.U).ThenBy(e => e.V).Take(5).OrderBy(e => e.U).ThenBy(e => e.V);
        Assert.True(unbounded.Edges.Count > 5);
        Assert.Equal(heaviest, picture.Edges);
        Assert.Equal((unbounded.Edges.Count, 5), (picture.RuleEdges, picture.BudgetedEdges));
        Assert.Equal($"showing 60 of 60 actors and 5 of 200 links — backbone α = 0.5, the 5 strongest of {unbounded.Edges.Count}", picture.Describe("actors"));
    }

    [Fact]
    public void IncludedNodesLinksComeOnTopOfTheEdgeBudget()
    {
        var graph = Load("backbone-skewed").Graph;
        var id = graph.NodeIds[59];

        var picture = BoundedPicture.Of(graph, new PictureOptions { NodeBudget = 5, Alpha = 0.5, EdgeBudget = 0, Include = [id], NeighboursOfIncluded = 2 });

        Assert.Equal(2, picture.Edges.Count);
        Assert.All(picture.Edges, e => Assert.True(e.U == 59 || e.V == 59));
    }

    [Fact]
    public void BackboneOfEqualWeightsKeepsTheLinksBetweenShownNodesAndSaysWhy()
    {
        // Two-mode shape: events e1 (3 actors) and e2 (2 actors), every link weighing 1, as the bipartite view does.
        var graph = CsrGraph.FromEdges(["a", "b", "c", "e1", "e2"], [(0, 3, 1), (1, 3, 1), (2, 3, 1), (0, 4, 1), (1, 4, 1)]);

        var picture = BoundedPicture.Of(graph, new PictureOptions { NodeBudget = 4 });

        Assert.Empty(DisparityFilter.Backbone(graph, 0.05));
        Assert.True(picture.Unweighted);
        Assert.Equal([(0, 3), (0, 4), (1, 3), (1, 4)], Pairs(picture.Edges));
        Assert.Equal("showing 4 of 5 nodes and 4 of 5 links — every link weighs the same, so no backbone (α = 0.05): all links between them", picture.Describe());
    }

    [Fact]
    public void StatementGroupsThousandsAndSaysWhenBetweennessWasEstimated()
    {
        var edges = Enumerable.Range(1, 2_499).Select(v => (0, v, 1.0 + v % 3));
        var graph = CsrGraph.FromEdges(Enumerable.Range(0, 2_500).Select(v => $"n{v}").ToArray(), edges);
        var options = new PictureOptions
        {
            NodeBudget = 300,
            Measure = NodeMeasure.Betweenness,
            Centrality = new CentralityPolicy { ExactNodeLimit = 1_000, SampledWorkLimit = 1, MinimumPivots = 50 },
            Edges = EdgeFilter.StrongestPerNode,
            EdgesPerNode = 2,
        };

        var picture = BoundedPicture.Of(graph, options);

        Assert.Equal("showing 300 of 2,500 nodes and 299 of 2,499 links — each node's 2 strongest; betweenness estimated from 50 of 2,500 sources",
            picture.Describe());
        Assert.Contains(0, picture.Nodes);
    }

    [Fact]
    public void WholeGraphWithinBudgetAndEveryEdgeIsComplete()
    {
        var graph = Load("backbone-karate").Graph;

        var picture = BoundedPicture.Of(graph, new PictureOptions { NodeBudget = 1_000, Edges = EdgeFilter.All });

        Assert.True(picture.IsComplete);
        Assert.Equal("showing 38 of 38 nodes and 81 of 81 links", picture.Describe());
    }

    [Fact]
    public void IncludedNodeComesWithItsStrongestNeighboursAndItsLinksToThem()
    {
        var graph = Load("backbone-karate").Graph;
        var leaf = graph.IndexOf("leaf1");
        var hub = graph.IndexOf("m000");

        var picture = BoundedPicture.Of(graph, new PictureOptions { NodeBudget = 0, Include = ["leaf1"] });

        Assert.Equal(new[] { hub, leaf }.Order(), picture.Nodes);
        Assert.Equal([(Math.Min(hub, leaf), Math.Max(hub, leaf))], Pairs(picture.Edges));
    }

    [Fact]
    public void IncludingAnUnknownIdIsRefusedNamingIt()
    {
        var graph = Load("backbone-karate").Graph;

        var error = Assert.Throws<ArgumentException>(() => BoundedPicture.Of(graph, new PictureOptions { Include = ["nobody"] }));
        Assert.Contains("'nobody'", error.Message, StringComparison.Ordinal);
    }

    [Theory, InlineData(NodeMeasure.WeightedDegree), InlineData(NodeMeasure.PageRank), InlineData(NodeMeasure.Betweenness)]
    public void EmptyGraphGivesAnEmptyCompletePicture(NodeMeasure measure)
    {
        var graph = CsrGraph.FromEdges([], []);

        var picture = BoundedPicture.Of(graph, new PictureOptions { Measure = measure });

        Assert.True(picture.IsComplete);
        Assert.Equal("showing 0 of 0 nodes and 0 of 0 links — backbone α = 0.05", picture.Describe());
    }

    [Fact]
    public void NegativeBudgetIsRefused()
    {
        var graph = Load("backbone-karate").Graph;

        Assert.Throws<ArgumentOutOfRangeException>(() => BoundedPicture.Of(graph, new PictureOptions { NodeBudget = -1 }));
    }
}
