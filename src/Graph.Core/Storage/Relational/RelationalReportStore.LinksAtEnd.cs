using System.Globalization;
using System.Data.Common;
using Graph.Core.Curation;
using Graph.Core.Network.Aggregates;
using Graph.Core.Operations;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// A bulk import's events linked once, at its end, rather than each as its report is stored. Linking an
/// event the moment it arrives makes every event that joins an operation told earlier take that
/// operation's tallies back and count them again; an import of reports in no particular order does that
/// for most of its joins, and the first-appearance recounts that follow were the larger half of its write.
/// Linked at the end, each operation is taken back at most once and counted once, from the events held
/// in memory, and its rows are summed with every other operation's before they are written.
/// </summary>
/// <remarks>
/// The events are linked in the order they were stored, by the same <see cref="Matches"/> the per-report
/// path uses, against the same stored rows, so an import gives the operations, and the tallies, the
/// per-report path gives. While the import runs, the <c>operations:</c> views lack its reports (the
/// plain views have them batch by batch); a row in <c>links_pending</c> says so, and a store opened
/// while it stands (the import stopped before its end) links them first.
/// </remarks>
public abstract partial class RelationalReportStore
{
    /// <summary>
    /// When true, <see cref="SaveBatch"/> stores reports and their plain tallies but leaves their events
    /// unlinked; <see cref="LinkPending"/> links them. For a single bulk loader: reports posted meanwhile
    /// are linked at once, before the import's own.
    /// </summary>
    public bool LinksAtEnd { get; set; }

    /// <summary>
    /// How many summed rows <see cref="LinkPending"/> holds in memory before writing them: a million reports' operations
    /// sum to tens of millions of rows. Tests lower it to write in many parts.
    /// </summary>
    internal int LinkedRowsHeld { get; set; } = DefaultLinkedRowsHeld;

    /// <summary>The summed rows <see cref="LinkPending"/> holds unless told otherwise.</summary>
    internal const int DefaultLinkedRowsHeld = 1_000_000;

    /// <summary>
    /// Links every event stored without an operation, oldest first, and adds what each operation it
    /// made or grew gives the <c>operations:</c> views, in one transaction; returns the events linked.
    /// </summary>
    public int LinkPending() => Write(session =>
    {
        LockLinking(session);
        return LinkPendingEvents(session);
    }, linked => linked > 0, batched: true);

    /// <summary>
    /// Makes a <see cref="LinkPending"/> wait for another running in the same database, so the second links what the
    /// first left (importers each linking at their end would otherwise link the same events twice); nothing where one
    /// writer writes at a time.
    /// </summary>
    private protected virtual void LockLinking(WriteSession session)
    {
    }

    // In the batch's transaction, before its reports: the mark commits with them or not at all.
    private static void MarkLinksPending(WriteSession session) =>
        session.Execute("INSERT INTO links_pending (id) VALUES (1) ON CONFLICT (id) DO NOTHING");

    /// <summary>
    /// Links, inside the caller's transaction, what a bulk import that stopped before its end left
    /// unlinked: how a store opened after it catches up.
    /// </summary>
    private protected void LinkLeftPending(DbConnection connection, DbTransaction transaction)
    {
        if (Sql.Scalar<long>(connection, "SELECT COUNT(*) FROM links_pending", transaction) == 0)
        {
            return;
        }

        using var session = Session(connection, transaction, new TallyBatch());
        LockLinking(session);
        if (LinkPendingEvents(session) > 0)
        {
            session.Execute("UPDATE store_version SET version = version + 1");
        }
    }

    private static int LinkPendingEvents(WriteSession session)
    {
        var started = WriteProfile.Now();
        var (events, participants) = UnlinkedEvents(session);
        var linking = new PendingOperations();
        var linked = LinkedEvents(session);
        var rows = new List<(EventFacts Facts, OperationLink Link)>();

        // The curators' edits read operation_events themselves, so while any are in force each row is written before the next event.
        var writesThrough = session.Overrides is EditedLinkOverrides && OperationLinks.Decisions(ReadLinkEdits(session)).Count > 0;
        foreach (var e in events)
        {
            var date = e.Date is { } text ? IsoDate.Parse(text) : (DateOnly?)null;
            var facts = new EventFacts(e.Id, e.Report, e.Name, e.Area, date, participants[e.Id].Select(p => p.Actor).ToHashSet(StringComparer.Ordinal));
            if (writesThrough)
            {
                WriteOperationEvents(session, linked, rows);
            }

            var matching = WriteProfile.Now();
            var matches = Matches(session, facts, linked);
            WriteProfile.Lap(WritePhase.EndLinkMatches, matching);
            var joined = matches.Select(m => m.Operation).Distinct().ToList();

            // An operation stored before this link is taken back once, as it stood, the first time an event joins it.
            foreach (var operation in joined.Where(o => !linking.Made.ContainsKey(o) && linking.TakenBack.Add(o)))
            {
                linking.Orphans.Add((operation, RetractOperation(session, operation)));
            }

            var target = matches.Count == 0 ? NewOperation(session) : matches.Min(m => m.Operation);
            if (matches.Count == 0)
            {
                // SQLite gives a new row the largest id plus one, so a merged operation's id may come back here.
                linking.Made[target] = [];
            }

            foreach (var operation in joined.Where(o => o != target))
            {
                session.Execute("UPDATE operation_events SET operation_id = @target WHERE operation_id = @from", ("@target", target), ("@from", operation));
                session.Execute("DELETE FROM operations WHERE id = @id", ("@id", operation));
                linking.Merge(operation, target);
                linked.Merge(operation, target);
            }

            rows.Add((facts, matches.Count == 0 ? OperationLink.Alone : matches.First(m => m.Operation == target).Link));
            linked.AddLinked(facts, target);
            session.LoneEvents.Added(facts.EventId, IsoDate.Format(facts.Date));
            if (linking.Made.TryGetValue(target, out var made))
            {
                made.Add((e.Report, e.Date, new TallyEvent(e.Id, e.Area, [.. participants[e.Id]])));
            }

            linking.Grown.Add(target);
        }

        WriteOperationEvents(session, linked, rows);
        CountPending(session, linking);
        session.Execute("DELETE FROM links_pending");
        WriteProfile.Lap(WritePhase.EndLink, started);
        return events.Count;
    }

    // The link's rows of operation_events not written yet, each with the operation that holds its event now, in one go.
    private static void WriteOperationEvents(WriteSession session, LinkedEventIndex linked, List<(EventFacts Facts, OperationLink Link)> rows)
    {
        var started = WriteProfile.Now();
        Upsert(session, "operation_events", OperationEventColumns, "",
            [.. rows.Select(r => OperationEventRow(r.Facts, linked.OperationOf(r.Facts.EventId)!.Value, r.Link))]);
        rows.Clear();
        WriteProfile.Lap(WritePhase.EndLinkRows, started);
    }

    // Every operation made or grown gives its rows once; the rows a taken-back operation held first and
    // that its final operation does not give again find their next first appearance after all are written.
    private static void CountPending(WriteSession session, PendingOperations linking)
    {
        var actors = ActorFactsOf(session, linking);
        var given = new Dictionary<long, HashSet<(long, long, long, long, long)>>();
        var firstDates = new List<object?[]>();

        // Where the store takes typed rows, the made operations' copies are written first, by id: each lands after the last,
        // where counted month by month (below) each would land somewhere else in operation_tallies, a table larger than
        // the page cache at a million reports. Each is counted once, here; what it adds to the sums waits in a file for its month.
        var keyed = session.Rows as IKeyedRowWriter;
        using var spill = keyed is null ? null : new MadeTallySpill();
        if (keyed is not null && spill is not null)
        {
            var copying = WriteProfile.Now();
            var copied = linking.Made.Where(m => m.Value.Count > 1 && linking.Grown.Contains(m.Key)).OrderBy(m => m.Key).ToList();
            void Copy()
            {
                foreach (var (operation, made) in copied)
                {
                    var (date, nodes, edges) = MadeTallies(made, actors);
                    keyed.InsertRows("operation_tallies", ContributionColumns, "", ContributionRows(session, operation, nodes, edges));
                    var (counted, countedEdges) = CountedOnce(nodes, edges);
                    spill.Keep(operation, date, counted, countedEdges);
                }
            }

            // In id order the copies land at the end of the table's key, but each also takes a place all over the table's
            // index on the tallies' key; once that index outgrows the page cache (a million reports) every copied row costs a
            // page read. Where the link copies more operations than the store held, the index is built again after, sorted.
            if (copied.Count > session.Scalar<long>("SELECT COUNT(*) FROM operations") - linking.Made.Count)
            {
                keyed.WithIndexesBuiltAfter("operation_tallies", Copy);
            }
            else
            {
                Copy();
            }

            WriteProfile.Lap(WritePhase.EndLinkCounts, copying);
        }

        foreach (var operation in CountingOrder(linking))
        {
            // Only a stored operation can hold orphans (a made one has the larger id, so it is never what another merges into).
            if (linking.Made.TryGetValue(operation, out var made))
            {
                var counting = WriteProfile.Now();
                firstDates.Add([CountMade(session, operation, made, actors, spill), operation]);
                WriteProfile.Lap(WritePhase.EndLinkCounts, counting);
                WriteIfFull(session);
            }
            else
            {
                given[operation] = ContributeOperation(session, operation);
            }
        }

        WriteIfFull(session, 0);
        WriteFirstDates(session, firstDates);

        foreach (var (final, orphans) in linking.Orphans)
        {
            var kept = given.GetValueOrDefault(final) ?? [];
            RecountFirsts(session, final, orphans.Where(o => !kept.Contains(KeyOf(o.Key))));
        }
    }

    /// <summary>
    /// The operations to count, the stored ones first by id, then the made ones by the month their rows fall in and by id.
    /// Every row a made operation gives has its month's period or the all-time one, and a tally table's key puts the
    /// period right after the view and crime area: counted month after month, each part the batch writes lands after the
    /// last part's rows of the same view and crime area instead of among them, so the end link writes into a few places
    /// of the b-tree rather than all over it (at a million reports the table is larger than the page cache). The order
    /// changes no stored number: an <c>operations:</c> row's sums are whole counts and a zero <c>newman</c>, and its first
    /// appearance the earliest, whichever operation is added first.
    /// </summary>
    private static IEnumerable<long> CountingOrder(PendingOperations linking) =>
        linking.Grown.Where(o => !linking.Made.ContainsKey(o)).Order()
            .Concat(linking.Grown.Where(linking.Made.ContainsKey).OrderBy(o => MadePeriod(linking.Made[o])).ThenBy(o => o));

    // The period code a made operation's rows take: the month of its earliest dated event with participants, else undated.
    private static int MadePeriod(List<(long Report, string? Date, TallyEvent Event)> events)
    {
        var date = events.Where(e => e.Event.Participants.Count > 0).Select(e => e.Date).Where(d => d is not null).Min(StringComparer.Ordinal);
        return date is null ? TallyCodes.Undated : TallyCodes.Period(IsoDate.Parse(date).ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The summed rows written out once the batch holds the session's <see cref="WriteSession.LinkedRowsHeld"/> of them (or
    /// <paramref name="rows"/>), so memory stays bounded; every row is a sum, so writing it in parts changes nothing.
    /// </summary>
    private static void WriteIfFull(WriteSession session, int? rows = null)
    {
        if (session.Batch is { } batch && batch.Count >= (rows ?? session.LinkedRowsHeld))
        {
            var started = WriteProfile.Now();
            WriteBatch(session, batch);
            WriteProfile.Lap(WritePhase.EndLinkWrites, started);
        }
    }

    /// <summary>
    /// What an operation made by this link gives, counted from its events as they were read (as
    /// <see cref="Contribution"/> would read them back: only events with participants, dated by the earliest
    /// report), summed into the batch; its copy kept when it has two events or more. Rows taken back later find it by
    /// its copy or its event, as any operation's. An operation whose copy the caller wrote has its rows in
    /// <paramref name="spill"/>, counted then; returns its first date, which the caller stores with every other made operation's.
    /// </summary>
    private static string? CountMade(WriteSession session, long operation,
        List<(long Report, string? Date, TallyEvent Event)> events, Dictionary<string, ActorFacts> actors, MadeTallySpill? spill)
    {
        string? date;
        if (spill is not null && spill.Holds(operation))
        {
            (date, var counted, var countedEdges) = spill.Take(operation);
            Sum(session, counted, countedEdges);
            return date;
        }

        (date, var nodes, var edges) = MadeTallies(events, actors);
        if (events.Count > 1)
        {
            Upsert(session, "operation_tallies", ContributionColumns, "", Contributions(session, operation, nodes, edges));
        }

        (nodes, edges) = CountedOnce(nodes, edges);
        Sum(session, nodes, edges);
        return date;
    }

    // Rows that already count the operation once (all, as OperationTallies makes them) are kept, not copied.
    private static (List<NodeTally> Nodes, List<EdgeTally> Edges) CountedOnce(List<NodeTally> nodes, List<EdgeTally> edges) =>
        ([.. nodes.Select(n => n.Reports == 1 ? n : n with { Reports = 1 })], [.. edges.Select(e => e.Reports == 1 ? e : e with { Reports = 1 })]);

    private static void Sum(WriteSession session, List<NodeTally> nodes, List<EdgeTally> edges)
    {
        if (session.Batch is { } batch)
        {
            batch.Add(nodes, edges);
        }
        else
        {
            AddTallies(session, nodes, edges);
        }
    }

    // What a made operation gives: its first date (its earliest event with participants) and its rows.
    private static (string? Date, List<NodeTally> Nodes, List<EdgeTally> Edges) MadeTallies(
        List<(long Report, string? Date, TallyEvent Event)> events, Dictionary<string, ActorFacts> actors)
    {
        var started = WriteProfile.Now();
        var told = events.Where(e => e.Event.Participants.Count > 0).ToList();
        var date = told.Select(e => e.Date).Where(d => d is not null).Min(StringComparer.Ordinal);
        IReadOnlyList<IReadOnlyList<TallyEvent>> reports = [.. told.GroupBy(e => e.Report).Select(r => (IReadOnlyList<TallyEvent>)[.. r.Select(e => e.Event)])];
        var (nodes, edges) = OperationTallies.Of(date is null ? null : IsoDate.Parse(date), reports, a => actors.TryGetValue(a, out var f) ? f : null);
        WriteProfile.Lap(WritePhase.EndLinkMadeTallies, started);
        return (date, nodes, edges);
    }

    // Each made operation's first date (the caller's rows: date, id), set once all are counted, by one statement prepared once where the store can.
    private static void WriteFirstDates(WriteSession session, List<object?[]> firstDates)
    {
        const string Update = "UPDATE operations SET first_date = ? WHERE id = ?";
        if (session.Rows is IKeyedRowWriter keyed)
        {
            keyed.Run(Update, firstDates);
            return;
        }

        foreach (var row in firstDates)
        {
            session.Execute("UPDATE operations SET first_date = @date WHERE id = @id", ("@date", row[0]), ("@id", row[1]));
        }
    }

    // The facts of every actor the new operations' events name, read once.
    private static Dictionary<string, ActorFacts> ActorFactsOf(WriteSession session, PendingOperations linking)
    {
        var named = linking.Made.Values.SelectMany(m => m).SelectMany(e => e.Event.Participants).Select(p => p.ActorId).ToHashSet(StringComparer.Ordinal);
        return named.Count == 0 ? [] : session.Read("SELECT id, kind, name, country_code FROM actors",
                r => (Id: r.GetString(0), Facts: new ActorFacts(r.GetString(1) == "country" ? Model.ActorKind.Country : Model.ActorKind.Agency, Sql.Text(r, 3), r.GetString(2))))
            .Where(a => named.Contains(a.Id)).ToDictionary(a => a.Id, a => a.Facts, StringComparer.Ordinal);
    }

    /// <summary>What the end-of-import link has done so far: the operations it made, grew, took back and merged.</summary>
    private sealed class PendingOperations
    {
        /// <summary>Operations made by this link, with their events in the order they joined; none holds an event stored before.</summary>
        public Dictionary<long, List<(long Report, string? Date, TallyEvent Event)>> Made { get; } = [];

        /// <summary>Operations stored before this link that an event joined: taken back once, counted again at the end.</summary>
        public HashSet<long> TakenBack { get; } = [];

        /// <summary>Every operation an event joined or started and that still stands.</summary>
        public HashSet<long> Grown { get; } = [];

        /// <summary>What each taken-back operation held first, by the operation that holds its events now.</summary>
        public List<(long Final, List<(EdgeTally Row, object?[] Key)> Rows)> Orphans { get; } = [];

        /// <summary>Records that <paramref name="from"/>'s events now belong to <paramref name="into"/>, and that <paramref name="from"/> is gone.</summary>
        public void Merge(long from, long into)
        {
            Grown.Remove(from);
            TakenBack.Remove(from);
            for (var i = 0; i < Orphans.Count; i++)
            {
                Orphans[i] = Orphans[i].Final == from ? (into, Orphans[i].Rows) : Orphans[i];
            }

            // Into a stored operation (older, so the smaller id and the target), the events are counted with it from the database.
            if (Made.Remove(from, out var events) && Made.TryGetValue(into, out var target))
            {
                target.AddRange(events);
            }
        }
    }
}
