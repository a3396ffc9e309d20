using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The earliest first appearance that operations of one event give rows a retraction left without
/// theirs. Those operations keep no copy of their tallies, so their events are walked in the order of a
/// lone operation's first appearance (date, then event id: the first key's high bits) and counted as
/// <see cref="Contribution"/> counts them; the first event counting a row holds its earliest.
/// </summary>
/// <remarks>
/// All the rows of one period are answered by one walk, which stops once each has its answer: the
/// rows an operation leaves are those of the month it left (all-time rows never lose it: the grown
/// operation counts every pair and node it counted), so one walk of that month's events, in the order
/// of the date index, replaces a scan and sort of every event per row (session 8: 0.15–0.31 s a row on
/// 71,500 reports).
/// </remarks>
public abstract partial class RelationalReportStore
{
    private static (string, string, string, string, string) RowKey(EdgeTally row) =>
        (row.Projection, row.CrimeArea, row.Period, row.Source, row.Target);

    private static Dictionary<(string, string, string, string, string), (string Date, long Key)> LoneFirsts(
        WriteSession session, long operation, List<EdgeTally> rows)
    {
        var found = new Dictionary<(string, string, string, string, string), (string Date, long Key)>();
        foreach (var period in rows.GroupBy(r => r.Period, StringComparer.Ordinal))
        {
            var pending = period.Select(RowKey).ToHashSet();
            (string, object?)[] parameters = period.Key.Length == 0 || period.Key == TallyScope.All
                ? [("@operation", operation)]
                : [("@operation", operation), ("@from", period.Key + "-01"), ("@to", period.Key + "-31")];
            var (when, order) = period.Key switch
            {
                "" => ("oe.date IS NULL AND ", "oe.event_id"),
                TallyScope.All => ("", "oe.date IS NULL, oe.date, oe.event_id"),
                _ => ("oe.date >= @from AND oe.date <= @to AND ", "oe.date, oe.event_id"),
            };

            // Rows of one event come together (the order is unique per event); its participants are put
            // back in the order they were written, which their positions in the first key follow.
            var walk = new LoneWalk(pending, found);
            session.ReadWhile($"""
                SELECT oe.event_id, e.crime_area, r.date, p.actor_id, p.role, a.kind, a.name, a.country_code, p.{session.RowOrder}
                FROM operation_events oe JOIN events e ON e.id = oe.event_id JOIN reports r ON r.id = e.report_id
                JOIN participations p ON p.event_id = oe.event_id JOIN actors a ON a.id = p.actor_id
                WHERE {when}oe.operation_id <> @operation
                    AND NOT EXISTS (SELECT 1 FROM operation_events x WHERE x.operation_id = oe.operation_id AND x.event_id <> oe.event_id)
                ORDER BY {order}
                """, r => walk.Add(Sql.Long(r, 0), Sql.Text(r, 1), Sql.Text(r, 2), r.GetString(3), r.GetString(4) == "lead",
                    new ActorFacts(r.GetString(5) == "country" ? ActorKind.Country : ActorKind.Agency, Sql.Text(r, 7), r.GetString(6)), Sql.Long(r, 8)),
                parameters);
            walk.End();
        }

        return found;
    }

    /// <summary>One walk's state: the event being read, and the rows still waiting for their first appearance.</summary>
    private sealed class LoneWalk(
        HashSet<(string, string, string, string, string)> pending,
        Dictionary<(string, string, string, string, string), (string Date, long Key)> found)
    {
        private readonly List<(string Actor, bool Led, ActorFacts Facts, long Order)> _participants = [];
        private readonly Dictionary<string, NetworkView> _views = Projection.Views.ToDictionary(v => OperationTallies.Prefix + Projection.Name(v), StringComparer.Ordinal);
        private readonly Dictionary<NetworkView, HashSet<string>> _nodes = [];
        private long _event = -1;
        private string? _area;
        private string? _areaName;
        private string? _date;

        /// <summary>Takes one participation row; false once every row has its answer, so the walk can stop.</summary>
        public bool Add(long eventId, string? area, string? date, string actor, bool led, ActorFacts facts, long order)
        {
            if (eventId != _event)
            {
                End();
                if (pending.Count == 0)
                {
                    return false;
                }

                (_event, _area, _areaName, _date) = (eventId, area, area?.ToLowerInvariant(), date);
            }

            _participants.Add((actor, led, facts, order));
            return true;
        }

        /// <summary>Counts the event read so far, as its operation's contribution, and answers the rows it counts.</summary>
        public void End()
        {
            if (_participants.Count > 0 && pending.Any(Counts))
            {
                var ordered = _participants.OrderBy(p => p.Order).ToList();
                var facts = ordered.GroupBy(p => p.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Facts, StringComparer.Ordinal);
                IReadOnlyList<IReadOnlyList<TallyEvent>> alone = [[new TallyEvent(_event, _area, [.. ordered.Select(p => (p.Actor, p.Led))])]];
                var (nodes, edges) = OperationTallies.Of(_date is null ? null : IsoDate.Parse(_date), alone, a => facts.TryGetValue(a, out var f) ? f : null);
                foreach (var (key, first) in nodes.Select(n => ((n.Projection, n.CrimeArea, n.Period, n.Node, ""), (n.FirstDate, n.FirstKey)))
                    .Concat(edges.Select(e => ((e.Projection, e.CrimeArea, e.Period, e.Source, e.Target), (e.FirstDate, e.FirstKey)))))
                {
                    if (pending.Remove(key))
                    {
                        found[key] = first;
                    }
                }
            }

            _participants.Clear();
            _nodes.Clear();
        }

        // Whether the event may count a row: the row's crime area, and its ends among the event's nodes in the
        // row's view (as ReportTallies maps them). Only then is the event counted in full, which decides.
        private bool Counts((string Projection, string Area, string Period, string Source, string Target) row)
        {
            var area = row.Area == TallyScope.All || row.Area == _areaName;
            return area && _views.TryGetValue(row.Projection, out var view) && IsNode(view, row.Source) && (row.Target.Length == 0 || IsNode(view, row.Target));
        }

        // The event's nodes in a view, found once per event and view rather than once per row asked about.
        private bool IsNode(NetworkView view, string node)
        {
            if (!_nodes.TryGetValue(view, out var nodes))
            {
                _nodes[view] = nodes = new HashSet<string>(_participants.Select(p => Projection.NodeOf(view, p.Actor, p.Facts)).OfType<string>(), StringComparer.Ordinal);
            }

            return nodes.Contains(node);
        }
    }
}
