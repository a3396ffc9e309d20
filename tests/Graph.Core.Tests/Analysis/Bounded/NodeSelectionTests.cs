using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using static Graph.Core.Tests.Analysis.Bounded.BoundedFixture;

namespace Graph.Core.Tests.Analysis.Bounded;

public sealed class NodeSelectionTests
{
    [Theory, InlineData("backbone-karate"), InlineData("backbone-skewed")]
    public void TopNodesByWeightedDegreeAndPageRankMatchTheReference(string name)
    {
        var f = Load(name);
        foreach (var (key, measure) in new[] { ("top_weighted_degree", NodeMeasure.WeightedDegree), ("top_pagerank", NodeMeasure.PageRank) })
        {
            var scores = NodeSelection.Measure(f.Graph, measure).Values;
            foreach (var budget in f.Root.GetProperty(key).EnumerateObject())
            {
                var top = NodeSelection.Top(f.Graph, scores, int.Parse(budget.Name, System.Globalization.CultureInfo.InvariantCulture));

                Assert.Equal(Ints(budget.Value), top.Order());
            }
        }
    }

    [Fact]
    public void EqualScoresAreRankedByIdNotByNodeNumber()
    {
        var graph = CsrGraph.FromEdges(["hub", "d", "c", "b", "a"], [(0, 1, 1), (0, 2, 1), (0, 3, 1), (0, 4, 1)]);

        var top = NodeSelection.Top(graph, GraphMeasures.WeightedDegrees(graph), 3);

        Assert.Equal([0, 4, 3], top);
    }

    [Fact]
    public void BetweennessAboveThePolicyLimitsIsAnEstimate()
    {
        var graph = Load("sampled-skewed").Graph;
        var policy = new CentralityPolicy { ExactNodeLimit = 100, MinimumPivots = 60, SampledWorkLimit = 1 };

        var measure = NodeSelection.Measure(graph, NodeMeasure.Betweenness, policy);

        Assert.False(measure.IsExact);
        Assert.Equal(60, measure.Sources);
    }

    [Fact]
    public void ScoresOfTheWrongLengthAreRefused()
    {
        var graph = Load("backbone-karate").Graph;

        Assert.Throws<ArgumentException>(() => NodeSelection.Top(graph, [1.0, 2.0], 1));
    }
}
