using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using static Graph.Core.Tests.Analysis.Bounded.BoundedFixture;

namespace Graph.Core.Tests.Analysis.Bounded;

/// <summary>Sampled closeness against the script's Eppstein–Wang reference and NetworkX's exact closeness.</summary>
public sealed class SampledClosenessTests
{
    [Theory, InlineData("sampled-gnm"), InlineData("sampled-skewed")]
    public void EstimateFromPivotsMatchesTheReference(string name)
    {
        var f = Load(name);

        AssertClose(f.Doubles("sampled_closeness"), SampledCloseness.FromPivots(f.Graph, f.Ints("pivots")));
    }

    [Theory, InlineData("sampled-gnm"), InlineData("sampled-skewed")]
    public void EveryNodeAsPivotGivesNetworkXsExactCloseness(string name)
    {
        var f = Load(name);

        AssertClose(f.Doubles("closeness"), SampledCloseness.Compute(f.Graph, f.Graph.NodeCount, seed: 1));
    }

    [Fact]
    public void NodesOfAComponentWithoutPivotsGetExactCloseness()
    {
        // The NetworkX fixture with two random components, a pendant chain and two isolated nodes.
        var f = NetworkXFixture.Load("disconnected");
        ConnectedComponents.Label(f.Graph, out _);
        var first = ConnectedComponents.Largest(f.Graph);
        var pivots = first.Where((_, i) => i % 3 == 0).ToArray();
        var exact = f.Doubles("closeness")!;

        var estimate = SampledCloseness.FromPivots(f.Graph, pivots);

        var elsewhere = Enumerable.Range(0, f.Graph.NodeCount).Except(first).ToArray();
        Assert.NotEmpty(elsewhere);
        AssertClose(elsewhere.Select(v => exact[v]).ToArray(), elsewhere.Select(v => estimate[v]).ToArray());
        Assert.All(first, v => Assert.True(estimate[v] > 0, $"node {v}"));
    }

    [Fact]
    public void SameSeedGivesSameEstimate()
    {
        var graph = Load("sampled-skewed").Graph;

        Assert.Equal(SampledCloseness.Compute(graph, 30, seed: 2), SampledCloseness.Compute(graph, 30, seed: 2));
    }
}
