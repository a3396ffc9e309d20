using Graph.Core.Analysis;

namespace Graph.Core.Tests.Analysis;

public sealed class LouvainTests
{
    private static CsrGraph TwoTrianglesJoinedByOneEdge() =>
        CsrGraph.FromEdges(["a", "b", "c", "d", "e", "f"], [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 1)]);

    [Fact]
    public void TwoTrianglesJoinedByOneEdgeAreTwoCommunities()
    {
        var partition = Louvain.Detect(TwoTrianglesJoinedByOneEdge());

        Assert.Equal(2, partition.Count);
        Assert.Equal([0, 0, 0, 1, 1, 1], partition.Membership);
        Assert.Equal(5.0 / 14, partition.Modularity, 12);
    }

    [Fact]
    public void SameSeedGivesTheSamePartition()
    {
        var graph = NetworkXFixture.Load("random-weighted").Graph;

        Assert.Equal(Louvain.Detect(graph, seed: 3).Membership, Louvain.Detect(graph, seed: 3).Membership);
    }

    [Fact]
    public void GraphWithoutEdgesLeavesEveryNodeAlone()
    {
        var partition = Louvain.Detect(CsrGraph.FromEdges(["a", "b", "c"], []));

        Assert.Equal(3, partition.Count);
        Assert.Equal(0, partition.Modularity);
    }
}
