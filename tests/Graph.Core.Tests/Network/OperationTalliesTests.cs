using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;

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

    [Fact]
    public void AnOperationsRowsAreItsEventsRowsUnderTheTwinViewsWithNoShareAndTheirReportsAsSources()
    {
        IReadOnlyList<TallyEvent> first = [new(3, "Fraud", [("agency:pf-br", true), ("agency:pj-pt", false), ("agency:europol", false)])];
        IReadOnlyList<TallyEvent> second = [new(5, "fraud", [("agency:pj-pt", false), ("agency:europol", false)])];
        var day = new DateOnly(2024, 11, 2);

        var operation = OperationTallies.Of(day, [first, second], Lookup);

        // The plain rows of both reports' events as one report, renamed by hand: the twin view, no Newman share, and as
        // sources the reports whose own plain rows hold the key (the Europol and PJ pair is in both, the PF pairs in one).
        var plain = ReportTallies.Of(day, [.. first, .. second], Lookup);
        var each = new[] { first, second }.Select(r => ReportTallies.Of(day, r, Lookup)).ToList();
        int NodeSources(NodeTally n) => each.Count(r => r.Nodes.Any(m => (m.Projection, m.CrimeArea, m.Period, m.Node) == (n.Projection, n.CrimeArea, n.Period, n.Node)));
        int EdgeSources(EdgeTally e) => each.Count(r => r.Edges.Any(m => (m.Projection, m.CrimeArea, m.Period, m.Source, m.Target) == (e.Projection, e.CrimeArea, e.Period, e.Source, e.Target)));
        Assert.Equal([.. plain.Nodes.Select(n => n with { Projection = OperationTallies.Prefix + n.Projection, Sources = NodeSources(n) })], operation.Nodes);
        Assert.Equal([.. plain.Edges.Select(e => e with { Projection = OperationTallies.Prefix + e.Projection, Newman = 0, Sources = EdgeSources(e) })], operation.Edges);
        Assert.Contains(operation.Edges, e => e.Sources == 2);
        Assert.Contains(operation.Edges, e => e.Sources == 1);
        Assert.Contains(plain.Edges, e => e.Newman > 0);
    }

    [Theory]
    [InlineData(3, 4, 8)]
    [InlineData(3, 8, 4)]
    public void SourcesCountTheReportsNamingEachRowWhetherOrNotTheirEventsInterleave(long firstEvent, long laterEvent, long secondEvent)
    {
        // The first report's two events either both come before the second's in event order, or enclose it.
        IReadOnlyList<TallyEvent> first =
        [
            new(firstEvent, "fraud", [("agency:pf-br", true), ("agency:pj-pt", false)]),
            new(laterEvent, "fraud", [("agency:pj-pt", false), ("agency:europol", false)]),
        ];
        IReadOnlyList<TallyEvent> second = [new(secondEvent, "fraud", [("agency:pj-pt", false), ("agency:europol", false), ("agency:pf-br", false)])];
        var day = new DateOnly(2024, 11, 2);

        var operation = OperationTallies.Of(day, [first, second], Lookup);

        var each = new[] { first, second }.Select(r => ReportTallies.Of(day, r, Lookup)).ToList();
        Assert.All(operation.Nodes, n => Assert.Equal(
            each.Count(r => r.Nodes.Any(m => (OperationTallies.Prefix + m.Projection, m.CrimeArea, m.Period, m.Node) == (n.Projection, n.CrimeArea, n.Period, n.Node))), n.Sources));
        Assert.All(operation.Edges, e => Assert.Equal(
            each.Count(r => r.Edges.Any(m => (OperationTallies.Prefix + m.Projection, m.CrimeArea, m.Period, m.Source, m.Target) == (e.Projection, e.CrimeArea, e.Period, e.Source, e.Target))), e.Sources));
        Assert.Contains(operation.Edges, e => e.Sources == 2 && e.Events == 2);
        Assert.Contains(operation.Nodes, n => n.Sources == 2 && n.Events == 3);
    }

    private static ActorFacts? Lookup(string id) => Facts.TryGetValue(id, out var facts) ? facts : null;
}
