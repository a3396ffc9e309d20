using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>
/// The tallies of a view recounted from the curated events (by report, or by operation for the default
/// weighting), for when curation edits are in force and reach too far to count again in part: the
/// stored tallies count the extraction, and an edit (a merge, a rejected participation) can touch any
/// of them. The events are read once with the edits applied and counted by the code that writes the
/// tallies, so the network is assembled exactly as from stored tallies, with the curated nodes and
/// edges marked; no evidence is built (it is read when an edge is clicked).
/// </summary>
internal static class CuratedRecount
{
    public static (TallyMerge Merge, Dictionary<string, Actor> Actors, CuratedMarks Marks) Of(IReportStore store, NetworkView projection, NetworkFilter filter, string area)
    {
        var dataset = store.LoadDataset(new EventQuery(filter.From, filter.To, filter.CrimeArea, Language: filter.Language));
        var actors = dataset.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        ActorFacts? Facts(string id) => actors.TryGetValue(id, out var a) ? new ActorFacts(a.Kind, a.CountryCode, a.Name) : null;
        var name = Projection.Name(projection, filter.Weighting);
        var merge = new TallyMerge();
        var marks = new CuratedMarks(dataset.CuratedActors);
        foreach (var e in dataset.Events.Where(e => e.Participants.Any(p => p.Curated)))
        {
            marks.AddEvent(projection, e, Facts);
        }

        if (filter.Weighting == EdgeWeighting.Operations)
        {
            // As the store counts an operation: its events with someone taking part, as one report dated by the earliest.
            foreach (var operation in dataset.Events.Where(e => e.Participants.Count > 0).GroupBy(e => e.OperationId ?? -e.ReportId))
            {
                var (nodes, edges) = OperationTallies.Of(operation.Min(e => e.Date),
                    [.. operation.GroupBy(e => e.ReportId).Select(r => (IReadOnlyList<TallyEvent>)[.. r.Select(TallyEvent.From)])], Facts);
                merge.Add(nodes.Where(n => n.Projection == name && n.CrimeArea == area && (area != TallyScope.All || n.Period == TallyScope.All)).Select(n => n with { Reports = 1 }),
                    edges.Where(e => e.Projection == name && e.CrimeArea == area && (area != TallyScope.All || e.Period == TallyScope.All)).Select(e => e with { Reports = 1 }));
            }

            return (merge, actors, marks);
        }

        foreach (var report in dataset.Events.GroupBy(e => e.ReportId))
        {
            var (nodes, edges) = ReportTallies.Of(report.First().Date, report.Select(TallyEvent.From), Facts);
            // All time is kept over every crime area; one crime area is counted in the report's month.
            merge.Add(nodes.Where(n => n.Projection == name && n.CrimeArea == area && (area != TallyScope.All || n.Period == TallyScope.All)),
                edges.Where(e => e.Projection == name && e.CrimeArea == area && (area != TallyScope.All || e.Period == TallyScope.All)));
        }

        return (merge, actors, marks);
    }
}
