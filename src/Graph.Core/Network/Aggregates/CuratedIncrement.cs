using Graph.Core.Curation;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>
/// The all-time tallies of a view with curation edits in force, counted again only where the edits
/// reach: the stored tallies, less what the touched counting units (reports, or operations) added as
/// extracted, plus what they add as curated. A unit is touched when an edited actor (merged, split,
/// renamed, given a country) takes part in one of its events or a participation edit names one of its
/// reports. The result equals the full rebuild over the curated events, order included. It answers
/// only when the edits are participation edits and no row whose earliest appearance went with a
/// touched unit is also counted by an untouched one (finding that appearance again reads most of the
/// data); otherwise the caller recounts every curated event.
/// </summary>
internal static class CuratedIncrement
{
    /// <summary>Null when an actor edit is in force (it reaches every unit the actor is in) or a held row would need other units read: then the caller recounts.</summary>
    public static (TallyMerge Merge, Dictionary<string, Actor> Actors, CuratedMarks Marks)? Of(
        ICurationScope scope, IReportStore store, IReadOnlyList<StoredEdit> log, NetworkView projection, string name, string area, bool byOperation)
    {
        var edits = EffectiveEdits.Of(log).Where(e => !e.Edit.Kind.IsOperationLink()).ToList();
        if (edits.Any(e => e.Edit.Kind.IsActor()))
        {
            return null;
        }

        var actorIds = edits.Where(e => e.Edit.Kind.IsActor()).SelectMany(e => new[] { e.Edit.Actor, e.Edit.Other }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var hashes = edits.Where(e => e.Edit.Kind.IsParticipation()).Select(e => e.Edit.Report).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var touched = scope.LoadTouched(actorIds, hashes, byOperation);
        var curated = CurationApplier.Apply(touched, log);
        var (before, after) = (FactsOf(touched.Actors), FactsOf(curated.Actors));

        var stored = new Dictionary<(string, string), Row>();
        var tallies = store.ReadTallies(area == TallyScope.All ? new TallyScope(name, area, TallyScope.All, TallyScope.All) : new TallyScope(name, area, "", "9999-12"));
        Add(stored, tallies.Nodes.Select(AsEdge), 1);
        Add(stored, tallies.Edges, 1);
        var removed = Contributions(touched.Events, before, name, area, byOperation);
        var added = Contributions(curated.Events, after, name, area, byOperation);

        // Rows whose first appearance went with a touched unit while untouched units still count them.
        var held = removed.Where(r => stored.TryGetValue(r.Key, out var s) && s.Reports > r.Value.Reports && Same(s, r.Value)).Select(r => r.Key).ToHashSet();
        if (held.Count > 0)
        {
            // Finding their first appearance again reads every unit counting them: often most of the data.
            return null;
        }


        var merge = new TallyMerge();
        var marks = new CuratedMarks(curated.CuratedActors);
        foreach (var key in stored.Keys.Union(added.Keys))
        {
            var total = stored.GetValueOrDefault(key).Plus(removed.GetValueOrDefault(key), -1).Plus(added.GetValueOrDefault(key), 1);
            if (total.Reports <= 0)
            {
                continue;
            }

            var first = removed.TryGetValue(key, out var gone) && Same(stored.GetValueOrDefault(key), gone) ? added.GetValueOrDefault(key)
                : Earliest(stored.GetValueOrDefault(key), added.GetValueOrDefault(key));
            var row = new EdgeTally(name, TallyScope.All, area, key.Item1, key.Item2, total.Reports, total.Events, total.Led, total.Newman, first.FirstDate ?? "", first.FirstKey, total.Sources);
            if (key.Item2.Length == 0)
            {
                merge.Add([new NodeTally(name, row.Period, area, key.Item1, row.Reports, row.Events, row.FirstDate, row.FirstKey, row.Sources)], []);
            }
            else
            {
                merge.Add([], [row]);
            }
        }

        foreach (var e in curated.Events.Where(e => e.Participants.Any(p => p.Curated)))
        {
            marks.AddEvent(projection, e, a => after.GetValueOrDefault(a));
        }

        return (merge, curated.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal), marks);
    }

    private static long OperationUnit(StoredEvent e) => e.OperationId ?? -e.ReportId;

    private static Dictionary<(string, string), Row> Contributions(IReadOnlyList<StoredEvent> events, Dictionary<string, ActorFacts> facts, string name, string area, bool byOperation)
    {
        ActorFacts? Facts(string id) => facts.GetValueOrDefault(id);
        var rows = new Dictionary<(string, string), Row>();
        bool Wanted(string projection, string crimeArea, string period) =>
            projection == name && crimeArea == area && (area == TallyScope.All ? period == TallyScope.All : period != TallyScope.All);
        if (byOperation)
        {
            // As the store counts an operation: its events with someone taking part, dated by the earliest.
            foreach (var operation in events.Where(e => e.Participants.Count > 0).GroupBy(OperationUnit))
            {
                var (nodes, edges) = OperationTallies.Of(operation.Min(e => e.Date),
                    [.. operation.GroupBy(e => e.ReportId).Select(r => (IReadOnlyList<TallyEvent>)[.. r.Select(TallyEvent.From)])], Facts);
                Add(rows, nodes.Where(n => Wanted(n.Projection, n.CrimeArea, n.Period)).Select(n => AsEdge(n) with { Reports = 1 }), 1);
                Add(rows, edges.Where(e => Wanted(e.Projection, e.CrimeArea, e.Period)).Select(e => e with { Reports = 1 }), 1);
            }

            return rows;
        }

        foreach (var report in events.GroupBy(e => e.ReportId))
        {
            var (nodes, edges) = ReportTallies.Of(report.First().Date, report.Select(TallyEvent.From), Facts);
            Add(rows, nodes.Where(n => Wanted(n.Projection, n.CrimeArea, n.Period)).Select(AsEdge), 1);
            Add(rows, edges.Where(e => Wanted(e.Projection, e.CrimeArea, e.Period)), 1);
        }

        return rows;
    }

    private static Dictionary<string, ActorFacts> FactsOf(IEnumerable<Actor> actors) =>
        actors.ToDictionary(a => a.Id, a => new ActorFacts(a.Kind, a.CountryCode, a.Name), StringComparer.Ordinal);

    private static EdgeTally AsEdge(NodeTally n) =>
        new(n.Projection, n.Period, n.CrimeArea, n.Node, "", n.Reports, n.Events, 0, 0, n.FirstDate, n.FirstKey, n.Sources);

    private static void Add(Dictionary<(string, string), Row> rows, IEnumerable<EdgeTally> tallies, int sign)
    {
        foreach (var t in tallies)
        {
            var key = (t.Source, t.Target);
            rows[key] = rows.GetValueOrDefault(key).Plus(new Row(t.Reports, t.Events, t.Led, t.Newman, t.Sources, t.FirstDate, t.FirstKey), sign);
        }
    }

    private static bool Same(Row a, Row b) => a.FirstDate == b.FirstDate && a.FirstKey == b.FirstKey;

    private static Row Earliest(Row a, Row b) => string.IsNullOrEmpty(a.FirstDate) ? b : string.IsNullOrEmpty(b.FirstDate) ? a
        : string.CompareOrdinal(b.FirstDate, a.FirstDate) < 0 || (b.FirstDate == a.FirstDate && b.FirstKey < a.FirstKey) ? b : a;

    /// <summary>Summed counts of one row and its earliest appearance (no date when none yet).</summary>
    private readonly record struct Row(int Reports, int Events, int Led, double Newman, int Sources, string? FirstDate, long FirstKey)
    {
        public Row Plus(Row other, int sign)
        {
            var counts = this with
            {
                Reports = Reports + (sign * other.Reports), Events = Events + (sign * other.Events), Led = Led + (sign * other.Led),
                Newman = Newman + (sign * other.Newman), Sources = Sources + (sign * other.Sources),
            };
            var first = sign > 0 ? Earliest(this, other) : this;
            return counts with { FirstDate = first.FirstDate, FirstKey = first.FirstKey };
        }
    }
}
