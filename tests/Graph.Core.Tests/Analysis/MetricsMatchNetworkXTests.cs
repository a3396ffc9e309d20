using Graph.Core.Analysis;

namespace Graph.Core.Tests.Analysis;

/// <summary>Every metric, on every fixture graph, against what NetworkX 3.6.1 computed on the same graph.</summary>
public sealed class MetricsMatchNetworkXTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Fixtures => new(NetworkXFixture.Names);

    [Theory, MemberData(nameof(Fixtures))]
    public void DegreesMatch(string name)
    {
        var f = NetworkXFixture.Load(name);
        Assert.Equal(f.Ints("degree"), GraphMeasures.Degrees(f.Graph));
        AssertClose(f.Doubles("weighted_degree")!, GraphMeasures.WeightedDegrees(f.Graph));
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void BetweennessMatches(string name)
    {
        var f = NetworkXFixture.Load(name);
        AssertClose(f.Doubles("betweenness")!, BetweennessCentrality.Compute(f.Graph));
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void WeightedBetweennessWithInverseWeightLengthsMatches(string name)
    {
        var f = NetworkXFixture.Load(name);
        AssertClose(f.Doubles("betweenness_weighted")!, BetweennessCentrality.Compute(f.Graph, weighted: true));
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void ClosenessMatches(string name)
    {
        var f = NetworkXFixture.Load(name);
        AssertClose(f.Doubles("closeness")!, ClosenessCentrality.Compute(f.Graph));
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void PageRankMatches(string name)
    {
        var f = NetworkXFixture.Load(name);
        AssertClose(f.Doubles("pagerank")!, PageRank.Compute(f.Graph)!);
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void EigenvectorCentralityMatchesOrFailsToConvergeLikeNetworkX(string name)
    {
        var f = NetworkXFixture.Load(name);
        var expected = f.Doubles("eigenvector");
        var actual = EigenvectorCentrality.Compute(f.Graph);
        if (expected is null)
        {
            Assert.Null(actual);
        }
        else
        {
            AssertClose(expected, actual!);
        }
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void ClusteringMatches(string name)
    {
        var f = NetworkXFixture.Load(name);
        AssertClose(f.Doubles("clustering")!, ClusteringCoefficient.Compute(f.Graph));
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void CoreNumbersMatch(string name)
    {
        var f = NetworkXFixture.Load(name);
        Assert.Equal(f.Ints("core"), CoreNumber.Compute(f.Graph));
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void WholeGraphMeasuresMatch(string name)
    {
        var f = NetworkXFixture.Load(name);
        ConnectedComponents.Label(f.Graph, out var components);

        Assert.Equal(f.Double("density"), GraphMeasures.Density(f.Graph), Tolerance);
        Assert.Equal(f.Int("components"), components);
        Assert.Equal(f.Int("diameter"), GraphMeasures.DiameterOfLargestComponent(f.Graph));
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void ArticulationPointsAndBridgesMatch(string name)
    {
        var f = NetworkXFixture.Load(name);
        var cuts = CutStructure.Find(f.Graph);

        Assert.Equal(f.Ints("articulation_points"), cuts.ArticulationPoints);
        Assert.Equal(f.Pairs("bridges"), cuts.Bridges);
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void AllShortestPathsMatch(string name)
    {
        var f = NetworkXFixture.Load(name);
        foreach (var (from, to, expected) in f.ShortestPaths())
        {
            var actual = ShortestPaths.AllBetween(f.Graph, from, to, limit: 1000);
            Assert.Equal(expected.Length, actual.Count);
            Assert.Equal(expected, actual.Select(p => p.ToArray()));
        }
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void LouvainModularityIsAtLeastNetworkXsAndAsReported(string name)
    {
        var f = NetworkXFixture.Load(name);
        var partition = Louvain.Detect(f.Graph, seed: 42);

        Assert.True(partition.Modularity >= f.Double("louvain_modularity") - Tolerance,
            $"ours {partition.Modularity} < NetworkX {f.Double("louvain_modularity")}");
        Assert.Equal(partition.Modularity, Modularity.Compute(f.Graph, partition.Membership), Tolerance);
    }

    [Theory, MemberData(nameof(Fixtures))]
    public void ModularityOfNetworkXsPartitionMatchesNetworkX(string name)
    {
        var f = NetworkXFixture.Load(name);

        Assert.Equal(f.Double("louvain_modularity"), Modularity.Compute(f.Graph, f.Ints("louvain_membership")), Tolerance);
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"node {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
