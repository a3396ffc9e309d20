using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using static Graph.Core.Tests.Analysis.Bounded.BoundedFixture;

namespace Graph.Core.Tests.Analysis.Bounded;

public sealed class CentralityPolicyTests
{
    [Fact]
    public void GraphWithinTheLimitsGetsExactValuesFlaggedExact()
    {
        var f = Load("sampled-gnm");

        var result = CentralityPolicy.Default.Betweenness(f.Graph, weighted: true);

        Assert.True(result.IsExact);
        Assert.Equal(f.Graph.NodeCount, result.Sources);
        AssertClose(f.Doubles("betweenness_weighted"), result.Values);
    }

    [Fact]
    public void GraphAboveTheLimitsGetsAnEstimateFromPivotsTheWorkLimitAffords()
    {
        var graph = Load("sampled-gnm").Graph;   // 300 nodes, 900 edges: one pass visits 2,100 slots
        var policy = new CentralityPolicy { ExactNodeLimit = 100, SampledWorkLimit = 2_100 * 80, MinimumPivots = 10, Seed = 5 };

        var betweenness = policy.Betweenness(graph);
        var closeness = policy.Closeness(graph);

        Assert.False(betweenness.IsExact);
        Assert.Equal(80, betweenness.Sources);
        Assert.Equal(SampledBetweenness.Compute(graph, 80, seed: 5), betweenness.Values);
        Assert.Equal(80, closeness.Sources);
        Assert.Equal(SampledCloseness.Compute(graph, 80, seed: 5), closeness.Values);
    }

    [Fact]
    public void WeightedPassesCountFourTimesTheWork()
    {
        var graph = Load("sampled-gnm").Graph;
        var policy = new CentralityPolicy { ExactNodeLimit = 100, SampledWorkLimit = 2_100 * 80, MinimumPivots = 10 };

        var result = policy.Betweenness(graph, weighted: true);

        Assert.Equal(20, result.Sources);
        Assert.Equal(SampledBetweenness.Compute(graph, 20, policy.Seed, weighted: true), result.Values);
    }

    [Fact]
    public void EstimateNeverUsesFewerThanTheMinimumPivots()
    {
        var graph = Load("sampled-gnm").Graph;
        var policy = new CentralityPolicy { ExactEdgeLimit = 500, SampledWorkLimit = 1, MinimumPivots = 25 };

        Assert.Equal(25, policy.SourcesFor(graph));
    }

    [Fact]
    public void AffordablePivotsNeverExceedTheNodeCount()
    {
        var graph = Load("sampled-gnm").Graph;
        var policy = new CentralityPolicy { ExactNodeLimit = 10, SampledWorkLimit = long.MaxValue };

        var result = policy.Closeness(graph);

        Assert.True(result.IsExact);
        AssertClose(ClosenessCentrality.Compute(graph), result.Values);
    }
}
