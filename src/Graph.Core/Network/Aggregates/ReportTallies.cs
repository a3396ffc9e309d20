using System.Globalization;
using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>
/// The tallies one report adds to every projection: for each node and each linked pair, one row for
/// its month and one for all time (both over every crime area), and one for its month per crime area.
/// The same code runs when a report is stored and when a partial month is recounted at read time.
/// </summary>
internal static class ReportTallies
{
    public const string Undated = "9999-12-31";
    private const int PositionBits = 12;

    /// <summary>
    /// The report's tallies; given a <paramref name="focus"/>, only that view's month rows of that crime area (the same rows,
    /// the others left out). <paramref name="byOperation"/> makes the rows as <see cref="OperationTallies"/> gives them (each
    /// view's twin, a zero <c>newman</c>, one source) in the same pass, rather than copying every row afterwards.
    /// </summary>
    public static (List<NodeTally> Nodes, List<EdgeTally> Edges) Of(
        DateOnly? date, IEnumerable<TallyEvent> events, Func<string, ActorFacts?> actors, TallyFocus? focus = null, bool byOperation = false) =>
        Of(date, [.. events.OrderBy(e => e.EventId).Select(e => (e, 0))], actors, focus, byOperation, countsReports: false);

    /// <summary>
    /// The rows of events told by several reports, as <see cref="OperationTallies"/> gives them, each row's sources the
    /// number of reports whose events make it, counted in the same pass. <paramref name="ordered"/> holds the events in
    /// event order, each with its report's number, every report's events one run; the caller makes sure of it.
    /// </summary>
    internal static (List<NodeTally> Nodes, List<EdgeTally> Edges) OfReports(
        DateOnly? date, List<(TallyEvent Event, int Report)> ordered, Func<string, ActorFacts?> actors, TallyFocus? focus) =>
        Of(date, ordered, actors, focus, byOperation: true, countsReports: true);

    private static (List<NodeTally> Nodes, List<EdgeTally> Edges) Of(DateOnly? date, List<(TallyEvent Event, int Report)> ordered,
        Func<string, ActorFacts?> actors, TallyFocus? focus, bool byOperation, bool countsReports)
    {
        var period = date?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "";
        var firstDate = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Undated;
        var nodes = new List<NodeTally>();
        var edges = new List<EdgeTally>();
        // Each event's crime areas, lower-cased once for every view.
        var areasOf = ordered.ConvertAll(told =>
        {
            var e = told.Event;
            var areas = e.CrimeArea is { } area ? new[] { TallyScope.All, area.ToLowerInvariant() } : [TallyScope.All];
            return focus is { } f ? [.. areas.Where(a => a == f.Area)] : areas;
        });
        foreach (var view in focus is { } only ? [only.View] : Projection.Views)
        {
            var name = byOperation ? OperationTallies.Twin(Projection.Name(view)) : Projection.Name(view);
            var sources = byOperation ? 1 : 0;
            var nodeCounts = new Dictionary<(string Node, string Area), Count>();
            var edgeCounts = new Dictionary<(string Source, string Target, string Area), Count>();
            for (var at = 0; at < ordered.Count; at++)
            {
                var ((e, report), areas) = (ordered[at], areasOf[at]);
                var members = Members(view, e, actors);
                for (var i = 0; i < members.Count; i++)
                {
                    foreach (var scope in areas)
                    {
                        Tally(nodeCounts, (members[i].Node, scope), Key(e.EventId, i, 0), false, 0, report);
                    }

                    for (var j = i + 1; j < members.Count; j++)
                    {
                        var (a, b) = (members[i], members[j]);
                        var (source, target) = string.CompareOrdinal(a.Node, b.Node) < 0 ? (a.Node, b.Node) : (b.Node, a.Node);
                        foreach (var scope in areas)
                        {
                            Tally(edgeCounts, (source, target, scope), Key(e.EventId, i, j), a.Led || b.Led, 1.0 / (members.Count - 1), report);
                        }
                    }
                }
            }

            foreach (var ((node, area), c) in nodeCounts)
            {
                var told = countsReports ? c.Reports : sources;
                nodes.Add(new NodeTally(name, period, area, node, 1, c.Events, firstDate, c.FirstKey, told));
                if (KeptAllTime(area, focus))
                {
                    nodes.Add(new NodeTally(name, TallyScope.All, area, node, 1, c.Events, firstDate, c.FirstKey, told));
                }
            }

            foreach (var ((source, target, area), c) in edgeCounts)
            {
                var told = countsReports ? c.Reports : sources;
                var newman = byOperation ? 0 : c.Newman;
                edges.Add(new EdgeTally(name, period, area, source, target, 1, c.Events, c.Led, newman, firstDate, c.FirstKey, told));
                if (KeptAllTime(area, focus))
                {
                    edges.Add(new EdgeTally(name, TallyScope.All, area, source, target, 1, c.Events, c.Led, newman, firstDate, c.FirstKey, told));
                }
            }
        }

        return (nodes, edges);
    }

    /// <summary>The distinct nodes of an event in a view, in participation order, each with whether it led.</summary>
    public static List<(string Node, bool Led)> Members(NetworkView view, TallyEvent e, Func<string, ActorFacts?> actors)
    {
        var members = new List<(string Node, bool Led)>();
        foreach (var (actorId, led) in e.Participants)
        {
            if (actors(actorId) is not { } facts || Projection.NodeOf(view, actorId, facts) is not { } node)
            {
                continue;
            }

            var at = members.FindIndex(m => m.Node == node);
            if (at < 0)
            {
                members.Add((node, led));
            }
            else if (led)
            {
                members[at] = (node, true);
            }
        }

        return members;
    }

    // Every key has a row for its month; all-time rows are kept over every crime area only (a crime-area filter reads
    // the months), and a focus asks for months only. No list of periods is made per key: a report has hundreds of keys.
    private static bool KeptAllTime(string area, TallyFocus? focus) => area == TallyScope.All && focus is null;

    internal static long Key(long eventId, int i, int j) =>
        (eventId << (2 * PositionBits)) | ((long)Math.Min(i, 4095) << PositionBits) | (long)Math.Min(j, 4095);

    private static void Tally<TKey>(Dictionary<TKey, Count> counts, TKey key, long firstKey, bool led, double newman, int report)
        where TKey : notnull
    {
        if (!counts.TryGetValue(key, out var c))
        {
            counts[key] = c = new Count { FirstKey = firstKey };
        }

        // Each report's events come in one run, so a report not seen last is one not seen before.
        if (c.LastReport != report)
        {
            (c.Reports, c.LastReport) = (c.Reports + 1, report);
        }

        c.Events++;
        c.Led += led ? 1 : 0;
        c.Newman += newman;
    }

    private sealed class Count
    {
        public int Events { get; set; }

        public int Led { get; set; }

        public double Newman { get; set; }

        public long FirstKey { get; init; }

        public int Reports { get; set; }

        public int LastReport { get; set; } = -1;
    }
}
