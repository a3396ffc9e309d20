using System.Globalization;
using Graph.Core.Curation;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>
/// Builds the network of a view from the store's write-time tallies rather than from every
/// participation. Whole months come from the monthly tallies (all time from its own tallies); the
/// days of a month a date filter cuts into are recounted from their events by the same code that
/// wrote the tallies. The result equals <see cref="NetworkBuilder.Build"/> over the full dataset:
/// same nodes and edges in the same order, same weights and kinds; edges carry counts, and their
/// evidence is read from the store when asked. Filters the tallies cannot answer (an operation name,
/// most kind restrictions, Newman weights restricted to countries) and the two-mode view are built
/// by <see cref="NetworkBuilder"/> from only the events the store admits.
/// </summary>
public static class AggregateNetworkBuilder
{
    /// <summary>Builds the network for a view and filter.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="view">The view.</param>
    /// <param name="filter">The filters.</param>
    /// <param name="maxEvents">For the two-mode view: at most this many events, the newest.</param>
    /// <example><code>var network = AggregateNetworkBuilder.Build(store, NetworkView.Countries, NetworkFilter.None);</code></example>
    public static CooperationNetwork Build(IReportStore store, NetworkView view, NetworkFilter filter, int? maxEvents = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        if (!TryProjection(view, filter, out var projection, out var countriesOnly))
        {
            var query = new EventQuery(filter.From, filter.To, filter.CrimeArea, filter.Operation is { } op ? Bare(op) : null,
                view == NetworkView.Bipartite ? maxEvents : null, filter.Language);
            return NetworkBuilder.Build(store.LoadDataset(query), view, filter);
        }

        var area = filter.CrimeArea?.ToLowerInvariant() ?? TallyScope.All;
        if (store is IEditLog log && log.ReadEdits() is var edits && EffectiveEdits.ChangeNetwork(edits))
        {
            // Edits in force change what the stored tallies counted. Over all time, participation edits are
            // counted again only in the reports or operations they reach when that suffices; otherwise the
            // curated events are recounted (no evidence built); a date range by operation is rebuilt in full.
            if (store is ICurationScope scope && filter.From is null && filter.To is null
                && CuratedIncrement.Of(scope, store, edits, projection, Projection.Name(projection, filter.Weighting), area, filter.Weighting == EdgeWeighting.Operations) is { } part)
            {
                return NetworkBuilder.Finish(Assemble(view, filter, part.Actors, part.Merge, countriesOnly, part.Marks), filter);
            }

            if (filter.Weighting == EdgeWeighting.Operations && (filter.From is not null || filter.To is not null))
            {
                return NetworkBuilder.Build(store.LoadDataset(new EventQuery(filter.From, filter.To, filter.CrimeArea, Language: filter.Language)), view, filter);
            }

            var (recount, curatedActors, marks) = CuratedRecount.Of(store, projection, filter, area);
            return NetworkBuilder.Finish(Assemble(view, filter, curatedActors, recount, countriesOnly, marks), filter);
        }

        var actors = store.ListActors().ToDictionary(a => a.Id, StringComparer.Ordinal);
        var merge = new TallyMerge();
        var name = Projection.Name(projection, filter.Weighting);
        if (filter.From is null && filter.To is null)
        {
            // All-time tallies are kept over every crime area; one area sums its months (undated "" included).
            Add(merge, store.ReadTallySums(AllTime(name, area)));
        }
        else
        {
            AddRange(merge, store, actors, name, area, filter.From ?? DateOnly.MinValue, filter.To ?? DateOnly.MaxValue);
        }

        return NetworkBuilder.Finish(Assemble(view, filter, actors, merge, countriesOnly), filter);
    }

    private static CooperationNetwork Assemble(NetworkView view, NetworkFilter filter, Dictionary<string, Actor> actors, TallyMerge merge, bool countriesOnly, CuratedMarks? marks = null)
    {
        marks ??= CuratedMarks.None;
        var network = new CooperationNetwork(view);
        foreach (var id in InOrder(merge))
        {
            if (ToNode(id, actors) is { } node && (!countriesOnly || node.Kind == NodeKind.Country))
            {
                network.AddNode(marks.Node(id) ? node with { Curated = true } : node);
            }
        }

        foreach (var ((a, b), sum) in merge.Edges.OrderBy(e => e.Value.FirstDate, StringComparer.Ordinal).ThenBy(e => e.Value.FirstKey))
        {
            if (network.ContainsNode(a) && network.ContainsNode(b))
            {
                network.AddEdge(ToEdge(a, b, sum, filter.Weighting, marks.Edge(a, b)));
            }
        }

        return network;
    }

    /// <summary>The tallies of every date: all time over every crime area; one area sums its months (undated "" included).</summary>
    internal static TallyScope AllTime(string projection, string area) => area == TallyScope.All
        ? new TallyScope(projection, area, TallyScope.All, TallyScope.All)
        : new TallyScope(projection, area, "", "9999-12");

    /// <summary>The merged nodes in the order the network holds them: by first appearance (date, then event and position).</summary>
    internal static IEnumerable<string> InOrder(TallyMerge merge) =>
        merge.Nodes.OrderBy(n => n.Value.FirstDate, StringComparer.Ordinal).ThenBy(n => n.Value.FirstKey).Select(n => n.Key);

    /// <summary>The edge a merged pair of tallies makes under a weighting.</summary>
    internal static CooperationEdge ToEdge(string a, string b, TallyMerge.Sum sum, EdgeWeighting weighting, bool curated = false)
    {
        // In the operations: projections "reports" counts operations and "sources" the reports telling them.
        var byOperation = weighting == EdgeWeighting.Operations;
        return new CooperationEdge(a, b, Weight(sum, weighting), sum.Led > 0 ? EdgeKind.Led : EdgeKind.Together,
            byOperation ? sum.Sources : sum.Reports, sum.Events, sum.Date) { Curated = curated };
    }

    /// <summary>A merged pair's weight: Newman's sum, else the reports (or, counted by operation, operations) column.</summary>
    internal static double Weight(TallyMerge.Sum sum, EdgeWeighting weighting) => weighting == EdgeWeighting.Newman ? sum.Newman : sum.Reports;

    /// <summary>
    /// Which tallies answer a view under a kind filter: kinds naming only agencies read the agencies
    /// tallies; only countries, the actors tallies restricted to countries (exact for report counts only).
    /// </summary>
    internal static bool TryProjection(NetworkView view, NetworkFilter filter, out NetworkView projection, out bool countriesOnly)
    {
        (projection, countriesOnly) = (view, false);
        // Tallies are kept for the three actor views, not per source kind or language: anything else is answered from the events.
        if (view is not (NetworkView.Actors or NetworkView.Countries or NetworkView.Agencies)
            || filter.Operation is not null || filter.Source is not null || filter.Language is not null)
        {
            return false;
        }

        var kinds = filter.Kinds;
        if (kinds is null || (kinds.Contains(ActorKind.Agency) && kinds.Contains(ActorKind.Country)))
        {
            return true;
        }

        if (kinds.Count == 0)
        {
            return false;
        }

        if (kinds.Contains(ActorKind.Agency))
        {
            projection = NetworkView.Agencies;
            return view is NetworkView.Actors or NetworkView.Agencies;
        }

        (projection, countriesOnly) = (NetworkView.Actors, true);
        return view is NetworkView.Actors or NetworkView.Countries && filter.Weighting != EdgeWeighting.Newman;
    }

    private static void AddRange(TallyMerge merge, IReportStore store, Dictionary<string, Actor> actors, string projection, string area, DateOnly from, DateOnly to)
    {
        // Whole months inside [from, to] come from the monthly tallies; the cut days at either end are recounted.
        var (firstWhole, lastWholeEnd) = WholeMonths(from, to);
        if (firstWhole > lastWholeEnd)
        {
            Recount(merge, store, actors, projection, area, from, to);
            return;
        }

        Add(merge, store.ReadTallySums(Months(projection, area, firstWhole, lastWholeEnd)));
        if (from < firstWhole)
        {
            Recount(merge, store, actors, projection, area, from, firstWhole.AddDays(-1));
        }

        if (to > lastWholeEnd)
        {
            Recount(merge, store, actors, projection, area, lastWholeEnd.AddDays(1), to);
        }
    }

    /// <summary>
    /// The whole months inside [<paramref name="from"/>, <paramref name="to"/>]: from the first day of the first
    /// to the last day of the last (the range's own ends when they fall on a month's edge or are unbounded);
    /// none when the first is after the last.
    /// </summary>
    internal static (DateOnly FirstWhole, DateOnly LastWholeEnd) WholeMonths(DateOnly from, DateOnly to) =>
        (from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1),
            to == DateOnly.MaxValue || to.AddDays(1).Day == 1 ? to : new DateOnly(to.Year, to.Month, 1).AddDays(-1));

    /// <summary>The monthly tallies of the months from <paramref name="first"/>'s to <paramref name="last"/>'s.</summary>
    internal static TallyScope Months(string projection, string area, DateOnly first, DateOnly last) =>
        new(projection, area, Month(first), Month(last));

    /// <summary>Adds the tallies of the days from <paramref name="from"/> to <paramref name="to"/>, counted again from their events.</summary>
    internal static void Recount(TallyMerge merge, IReportStore store, Dictionary<string, Actor> actors, string name, string area, DateOnly from, DateOnly to)
    {
        var dataset = store.LoadDataset(new EventQuery(from, to, area == TallyScope.All ? null : area));
        Recount(merge, [.. dataset.Events.Select(e => new DayEvent(e.Id, e.ReportId, e.Date, e.CrimeArea, e.OperationId,
            [.. e.Participants.Select(p => (p.ActorId, p.Role == ParticipantRole.Lead))]))], actors, name, area);
    }

    /// <summary>Adds the tallies of <paramref name="events"/> (the events of some days, in id order) to the view <paramref name="name"/>'s.</summary>
    internal static void Recount(TallyMerge merge, IReadOnlyList<DayEvent> events, Dictionary<string, Actor> actors, string name, string area)
    {
        ActorFacts? Facts(string id) => actors.TryGetValue(id, out var a) ? new ActorFacts(a.Kind, a.CountryCode, a.Name) : null;
        // Only the rows kept below are counted: this view's months in this area.
        var focus = TallyFocus.Of(name, area);
        if (name.StartsWith(OperationTallies.Prefix, StringComparison.Ordinal))
        {
            // The cut days count each operation once, dated by its earliest event among them.
            foreach (var operation in events.GroupBy(e => e.OperationId ?? -e.ReportId))
            {
                var (nodes, edges) = OperationTallies.Of(operation.Min(e => e.Date),
                    [.. operation.GroupBy(e => e.ReportId).Select(r => (IReadOnlyList<TallyEvent>)[.. r.Select(TallyEvent.From)])], Facts, focus);
                merge.Add(nodes.Where(n => n.Projection == name && n.CrimeArea == area && n.Period != TallyScope.All).Select(n => n with { Reports = 1 }),
                    edges.Where(e => e.Projection == name && e.CrimeArea == area && e.Period != TallyScope.All).Select(e => e with { Reports = 1 }));
            }

            return;
        }

        foreach (var report in events.GroupBy(e => e.ReportId))
        {
            var (nodes, edges) = ReportTallies.Of(report.First().Date, report.Select(TallyEvent.From), Facts, focus);
            merge.Add(nodes.Where(n => n.Projection == name && n.CrimeArea == area && n.Period != TallyScope.All),
                edges.Where(e => e.Projection == name && e.CrimeArea == area && e.Period != TallyScope.All));
        }
    }

    /// <summary>Whether the store holds curation edits in force that change the network (the tallies know nothing of them).</summary>
    public static bool IsCurated(IReportStore store) =>
        store is IEditLog log && EffectiveEdits.ChangeNetwork(log.ReadEdits());

    private static void Add(TallyMerge merge, TallySet tallies) => merge.Add(tallies.Nodes, tallies.Edges);

    internal static NetworkNode? ToNode(string id, Dictionary<string, Actor> actors)
    {
        if (actors.TryGetValue(id, out var actor))
        {
            return new NetworkNode(actor.Id, actor.Name, actor.Kind == ActorKind.Country ? NodeKind.Country : NodeKind.Agency, actor.CountryCode);
        }

        // A country only agencies named: the node exists although no report named the country itself.
        var code = id.StartsWith("country:", StringComparison.Ordinal) ? id["country:".Length..] : null;
        return code is null ? null : new NetworkNode(id, code.ToUpperInvariant(), NodeKind.Country, code.ToUpperInvariant());
    }

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Bare(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith("operation ", StringComparison.OrdinalIgnoreCase) ? trimmed[10..].Trim() : trimmed;
    }
}
