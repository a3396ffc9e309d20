using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>
/// The tallies one operation adds to the <c>operations:</c> projections: the same rows
/// <see cref="ReportTallies"/> writes for a report, computed over every event of the operation as if it
/// were one report dated by its earliest event, so each node and pair counts the operation once;
/// <see cref="EdgeTally.Sources"/> says how many of its reports name that node or pair. Their
/// <see cref="EdgeTally.Newman"/> is 0: a view counted by operation is weighted by operations, never by
/// Newman's share, and a zero takes no bytes in a stored row where the share took eight.
/// </summary>
internal static class OperationTallies
{
    /// <summary>The prefix that turns a projection's name into its count-by-operation twin.</summary>
    public const string Prefix = "operations:";

    /// <summary>The operation's tallies; given a <paramref name="focus"/>, only that view's month rows of that crime area.</summary>
    public static (List<NodeTally> Nodes, List<EdgeTally> Edges) Of(
        DateOnly? date, IReadOnlyList<IReadOnlyList<TallyEvent>> reports, Func<string, ActorFacts?> actors, TallyFocus? focus = null)
    {
        if (reports.Count == 1)
        {
            // An operation told by one report (most are): that report names each of its nodes and pairs once, so every
            // row's sources is the 1 it was made with.
            return ReportTallies.Of(date, reports[0], actors, focus, byOperation: true);
        }

        // Each row's sources counted as its events are, in the one pass, where every report's events follow one another in
        // event order (a store numbers a report's events together); else each report is counted again on its own.
        var ordered = reports.SelectMany((report, number) => report.Select(e => (Event: e, Report: number))).OrderBy(e => e.Event.EventId).ToList();
        if (EachReportInOneRun(ordered))
        {
            return ReportTallies.OfReports(date, ordered, actors, focus);
        }

        var (nodes, edges) = ReportTallies.Of(date, reports.SelectMany(r => r), actors, focus, byOperation: true);
        var nodeSources = new Dictionary<(string, string, string, string), int>();
        var edgeSources = new Dictionary<(string, string, string, string, string), int>();
        foreach (var report in reports)
        {
            var (n, e) = ReportTallies.Of(date, report, actors, focus, byOperation: true);
            n.ForEach(t => Count(nodeSources, (t.Projection, t.CrimeArea, t.Period, t.Node)));
            e.ForEach(t => Count(edgeSources, (t.Projection, t.CrimeArea, t.Period, t.Source, t.Target)));
        }

        return (
            [.. nodes.Select(n => nodeSources[(n.Projection, n.CrimeArea, n.Period, n.Node)] is var s && s == n.Sources ? n : n with { Sources = s })],
            [.. edges.Select(e => edgeSources[(e.Projection, e.CrimeArea, e.Period, e.Source, e.Target)] is var s && s == e.Sources ? e : e with { Sources = s })]);
    }

    // The views' twin names made once rather than for every row: the end of a bulk import renames some 200 rows an operation.
    private static readonly Dictionary<string, string> Twins =
        Projection.Views.Select(Projection.Name).ToDictionary(name => name, name => Prefix + name, StringComparer.Ordinal);

    /// <summary>A view's count-by-operation twin name.</summary>
    public static string Twin(string projection) => Twins.TryGetValue(projection, out var twin) ? twin : Prefix + projection;

    private static bool EachReportInOneRun(List<(TallyEvent Event, int Report)> ordered)
    {
        var ended = new HashSet<int>();
        for (var at = 1; at < ordered.Count; at++)
        {
            if (ordered[at].Report != ordered[at - 1].Report && (!ended.Add(ordered[at - 1].Report) || ended.Contains(ordered[at].Report)))
            {
                return false;
            }
        }

        return true;
    }

    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
