using CsCheck;
using Graph.Core.Network;

namespace Graph.Reliability.Tests.Properties;

/// <summary>The network query parser accepts or explains every combination of parameters, never throws.</summary>
public sealed class QueryParserProperties
{
    private static readonly Gen<NetworkQuery> Queries =
        Gen.Select(Inputs.QueryValue, Inputs.QueryValue, Inputs.QueryValue, Inputs.QueryValue, Inputs.QueryValue, Inputs.QueryValue, Inputs.QueryValue,
            (view, from, to, area, kinds, minWeight, center) => (view, from, to, area, kinds, minWeight, center))
        .SelectMany(a => Gen.Select(Inputs.QueryValue, Inputs.QueryValue, Inputs.QueryValue,
            (depth, operation, weighting) => new NetworkQuery(a.view, a.from, a.to, a.area, a.kinds, a.minWeight, a.center, depth, operation, weighting)));

    [Fact]
    public void EveryQueryParsesOrNamesWhatIsWrong()
    {
        Queries.Sample(query =>
        {
            var parsed = query.TryParse(out _, out var filter, out var errors);

            Assert.Equal(parsed, errors.Count == 0);
            Assert.All(errors, e => Assert.NotEmpty(e.Value));
            if (parsed)
            {
                Assert.False(filter.From > filter.To);
                Assert.InRange(filter.Depth, 0, 10);
                Assert.True(filter.MinWeight is null or >= 0 && (filter.MinWeight is null || double.IsFinite(filter.MinWeight.Value)));
            }
        }, iter: 20000);
    }
}
