using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using static Graph.Core.Tests.Analysis.Bounded.BoundedFixture;

namespace Graph.Core.Tests.Analysis.Bounded;

/// <summary>Sampled betweenness against NetworkX 3.6.1's <c>betweenness_centrality(k, seed)</c> and exact betweenness.</summary>
public sealed class SampledBetweennessTests
{
    public static TheoryData<string, bool> Cases => new()
    {
        { "sampled-gnm", false }, { "sampled-gnm", true }, { "sampled-skewed", false }, { "sampled-skewed", true },
    };

    [Theory, MemberData(nameof(Cases))]
    public void EstimateFromNetworkXsPivotsMatchesNetworkX(string name, bool weighted)
    {
        var f = Load(name);

        var actual = SampledBetweenness.FromPivots(f.Graph, f.Ints("pivots"), weighted);

        AssertClose(f.Doubles(weighted ? "sampled_betweenness_weighted" : "sampled_betweenness"), actual);
    }

    [Theory, MemberData(nameof(Cases))]
    public void EveryNodeAsPivotGivesExactBetweenness(string name, bool weighted)
    {
        var f = Load(name);

        var actual = SampledBetweenness.Compute(f.Graph, f.Graph.NodeCount, seed: 3, weighted);

        AssertClose(f.Doubles(weighted ? "betweenness_weighted" : "betweenness"), actual);
    }

    [Fact]
    public void EveryNodeAsPivotGivesExactUnnormalisedBetweenness()
    {
        var f = Load("sampled-skewed");

        var actual = SampledBetweenness.Compute(f.Graph, f.Graph.NodeCount, seed: 3, normalized: false);

        AssertClose(BetweennessCentrality.Compute(f.Graph, normalized: false), actual, 1e-6);
    }

    [Fact]
    public void SameSeedGivesSameEstimateAndAnotherSeedAnother()
    {
        var graph = Load("sampled-gnm").Graph;

        var first = SampledBetweenness.Compute(graph, 40, seed: 7, weighted: true);
        var again = SampledBetweenness.Compute(graph, 40, seed: 7, weighted: true);
        var other = SampledBetweenness.Compute(graph, 40, seed: 8, weighted: true);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    // A random graph is the hard case: betweenness is spread evenly (the largest value is 0.029), so
    // every node's estimate carries noise of its own size. With half the nodes as pivots NetworkX's
    // own estimates are off by 0.006-0.008 at worst (seeds 0-7); 0.015 is the stated bound.
    [Theory, InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5)]
    public void HalfTheNodesAsPivotsEstimatesARandomGraphWithinTolerance(int seed)
    {
        var f = Load("sampled-gnm");
        var exact = f.Doubles("betweenness");

        var estimate = SampledBetweenness.Compute(f.Graph, f.Graph.NodeCount / 2, seed);

        var worst = exact.Zip(estimate, (a, b) => Math.Abs(a - b)).Max();
        var mean = exact.Zip(estimate, (a, b) => Math.Abs(a - b)).Average();
        Assert.True(worst <= 0.015, $"largest error {worst}");
        Assert.True(mean <= 0.003, $"mean error {mean}");
    }

    // On a skewed graph the brokers stand out, and a quarter of the nodes as pivots finds them: the
    // exact top three are among the estimated top five, the exact top five among the top ten. (The
    // order within the top is noisier: NetworkX's estimator at the same k names the top broker
    // first for 57 of 60 seeds; these containments held for 60 and 59 of 60.)
    [Theory, InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5)]
    public void QuarterOfTheNodesAsPivotsFindsTheTopBrokersOfASkewedGraph(int seed)
    {
        var f = Load("sampled-skewed");
        var exact = f.Doubles("betweenness");

        var estimate = SampledBetweenness.Compute(f.Graph, f.Graph.NodeCount / 4, seed);

        var exactTop = NodeSelection.Top(f.Graph, exact, 5);
        var estimatedTop = NodeSelection.Top(f.Graph, estimate, 10);
        Assert.Subset(estimatedTop[..5].ToHashSet(), exactTop[..3].ToHashSet());
        Assert.Subset(estimatedTop.ToHashSet(), exactTop.ToHashSet());
    }

    [Fact]
    public void OnePivotIsRefusedAsTooFewToScale()
    {
        var graph = Load("sampled-gnm").Graph;

        Assert.Throws<ArgumentException>(() => SampledBetweenness.FromPivots(graph, [4]));
    }

    [Fact]
    public void RepeatedOrUnknownPivotIsRefused()
    {
        var graph = Load("sampled-gnm").Graph;

        Assert.Throws<ArgumentException>(() => SampledBetweenness.FromPivots(graph, [4, 9, 4]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampledBetweenness.FromPivots(graph, [4, 300]));
    }
}
