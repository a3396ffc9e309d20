using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;

namespace Graph.Core.Tests.Network;

/// <summary>
/// An operation told by one report takes its sources (1 for every row) without counting its tallies again: the
/// rows are the same as those counted the long way, which a second report that names nobody leaves unchanged.
/// </summary>
public sealed class OperationTalliesTests
{
    private static readonly Dictionary<string, ActorFacts> Facts = new(StringComparer.Ordinal)
    {
        ["country:br"] = new(ActorKind.Country, "br", "Brazil"),
        ["country:pt"] = new(ActorKind.Country, "pt", "Portugal"),
        ["agency:pf-br"] = new(ActorKind.Agency, "br", "Polícia Federal"),
        ["agency:pj-pt"] = new(ActorKind.Agency, "pt", "Polícia Judiciária"),
        ["agency:europol"] = new(ActorKind.Agency, null, "Europol"),
    };

    [Theory]
    [InlineData("2025-06-14", "drugs")]
    [InlineData(null, null)]
    public void OneReportGivesTheRowsCountingWouldGive(string? date, string? area)
    {
        IReadOnlyList<TallyEvent> report =
        [
            new(7, area, [("agency:pf-br", true), ("agency:pj-pt", false), ("country:pt", false)]),
            new(9, area, [("agency:europol", false), ("agency:pf-br", false), ("country:br", false)]),
        ];
        var day = date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var alone = OperationTallies.Of(day, [report], Lookup);
        var counted = OperationTallies.Of(day, [report, []], Lookup);

        Assert.NotEmpty(alone.Edges);
        Assert.All(alone.Nodes, n => Assert.Equal(1, n.Sources));
        Assert.Equal(counted.Nodes, alone.Nodes);
        Assert.Equal(counted.Edges, alone.Edges);
        var focus = TallyFocus.Of(OperationTallies.Prefix + Projection.Name(NetworkView.Agencies), area?.ToLowerInvariant() ?? "*");
        Assert.Equal(OperationTallies.Of(day, [report, []], Lookup, focus).Edges, OperationTallies.Of(day, [report], Lookup, focus).Edges);
    }

    private static ActorFacts? Lookup(string id) => Facts.TryGetValue(id, out var facts) ? facts : null;
}
