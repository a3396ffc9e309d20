using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Tests.Network;

namespace Graph.Core.Tests.Analysis;

public sealed class GraphBasicsTests
{
    [Fact]
    public void SnapshotKeepsNetworkOrderAndWeights()
    {
        var network = NetworkBuilder.Build(SampleDataset.Build(), NetworkView.Actors, NetworkFilter.None);
        var graph = CsrGraph.FromNetwork(network);

        Assert.Equal(network.Nodes.Select(n => n.Id), graph.NodeIds);
        Assert.Equal(network.EdgeCount, graph.EdgeCount);
        var police = graph.IndexOf("agency:spain-national-police");
        var europol = graph.IndexOf("agency:europol");
        var at = graph.Neighbours(police).IndexOf(europol);
        Assert.Equal(2, graph.NeighbourWeights(police)[at]);
    }

    [Fact]
    public void SelfLoopsAreDroppedAndARepeatedPairKeepsItsLastWeight()
    {
        var graph = CsrGraph.FromEdges(["a", "b"], [(0, 0, 5), (0, 1, 1), (1, 0, 3)]);

        Assert.Equal(1, graph.EdgeCount);
        Assert.Equal(3, graph.NeighbourWeights(0)[0]);
    }

    [Fact]
    public void ShortestPathIsEmptyWhenTargetUnreachable()
    {
        var graph = CsrGraph.FromEdges(["a", "b", "c"], [(0, 1, 1)]);

        Assert.Empty(ShortestPaths.AllBetween(graph, 0, 2));
    }

    [Fact]
    public void ShortestPathsListEveryRouteOfEqualLength()
    {
        var square = CsrGraph.FromEdges(["a", "b", "c", "d"], [(0, 1, 1), (1, 3, 1), (0, 2, 1), (2, 3, 1)]);

        var paths = ShortestPaths.AllBetween(square, 0, 3);

        Assert.Equal([[0, 1, 3], [0, 2, 3]], paths.Select(p => p.ToArray()));
    }

    [Fact]
    public void ParallelBetweennessIsTheSameOnEveryRun()
    {
        var graph = NetworkXFixture.Load("random-weighted").Graph;

        Assert.Equal(BetweennessCentrality.Compute(graph), BetweennessCentrality.Compute(graph));
    }

    [Fact]
    public void PageRankSumsToOne()
    {
        var graph = NetworkXFixture.Load("disconnected").Graph;

        Assert.Equal(1.0, PageRank.Compute(graph)!.Sum(), 12);
    }

    [Fact]
    public void PageRankIsNullWhenItDoesNotConvergeInsteadOfThrowing()
    {
        var graph = NetworkXFixture.Load("karate").Graph;

        Assert.Null(PageRank.Compute(graph, maxIterations: 2));
    }

    [Fact]
    public void SampleAnalysisFindsEuropolTheTopBroker()
    {
        var analysis = NetworkAnalysis.Of(NetworkBuilder.Build(SampleDataset.Build(), NetworkView.Actors, NetworkFilter.None));
        var top = analysis.Network.Nodes.Select((n, i) => (n.Id, analysis[i].Betweenness)).MaxBy(p => p.Betweenness);

        Assert.Equal("agency:europol", top.Id);
        Assert.Equal(6, analysis.Stats.Nodes);
        Assert.Equal(1, analysis.Stats.Components);
        Assert.Contains(analysis.Graph.IndexOf("agency:europol"), analysis.Cuts.ArticulationPoints);
    }

    [Fact]
    public void EmptyNetworkAnalysesToZeros()
    {
        var empty = NetworkBuilder.Build(SampleDataset.Build(), NetworkView.Actors, new NetworkFilter(From: new DateOnly(1990, 1, 1), To: new DateOnly(1990, 12, 31)));

        var analysis = NetworkAnalysis.Of(empty);

        Assert.Equal(new NetworkStats(0, 0, 0, 0, 0, 0, 0), analysis.Stats);
    }
}
