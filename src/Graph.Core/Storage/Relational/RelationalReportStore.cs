using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Network.Aggregates;
using Graph.Core.Operations;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The store over a SQL database, shared by SQLite and PostgreSQL. Each report is written with its
/// actors, mentions, events, participations and the tallies it adds to every view in the transaction
/// it is saved in, so a failure leaves the database as it was. De-duplication rests on unique keys and
/// <c>ON CONFLICT</c>, so several writers into one database store a text once.
/// </summary>
public abstract partial class RelationalReportStore : IReportStore
{
    /// <summary>Opens a new connection to the database.</summary>
    protected abstract DbConnection Open();

    /// <summary>The column that keeps insertion order in aliases and participations.</summary>
    protected abstract string RowOrder { get; }

    /// <inheritdoc />
    public SaveResult Save(ReportSubmission submission, ReportExtraction extraction) =>
        Write(session =>
        {
            LockInKeyOrder(session, [(submission, extraction)]);
            return SaveReport(session, submission, extraction);
        }, r => r.Created);

    /// <summary>
    /// Stores several reports in one transaction, each exactly as <see cref="Save"/> would: a report the
    /// database refuses is rolled back alone (with its tallies) and reported in its <see cref="SaveOutcome"/>,
    /// the rest commit together. Bulk imports use it to pay one commit per batch rather than one per report.
    /// </summary>
    /// <remarks>
    /// Where <see cref="TriesBatchWithoutSavepoints"/> says so, the batch is first written without a
    /// savepoint per report; only when the database refuses one is that transaction rolled back and the
    /// batch written again with each report in its own savepoint.
    /// </remarks>
    public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<(ReportSubmission Submission, ReportExtraction Extraction)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (TriesBatchWithoutSavepoints)
        {
            try
            {
                return Write(session =>
                {
                    LockInKeyOrder(session, reports);
                    return reports.Select(r => SaveTogether(session, r.Submission, r.Extraction)).ToList();
                }, outcomes => outcomes.Any(o => o.Saved?.Created == true), batched: true);
            }
            catch (RefusedInBatchException)
            {
                // Written again below, each report in its own savepoint.
            }
        }

        return Write(session =>
        {
            LockInKeyOrder(session, reports);
            var outcomes = reports.Select(r => SaveAlone(session, r.Submission, r.Extraction)).ToList();
            if (outcomes.Any(o => o.Error is not null))
            {
                RemoveRowsOnlyLocked(session, reports);
            }

            return outcomes;
        }, outcomes => outcomes.Any(o => o.Saved?.Created == true), batched: true);
    }

    /// <summary>
    /// After a batch in which the database refused a report: removes what <see cref="LockInKeyOrder"/> wrote for the
    /// batch's reports that no stored report kept, so the batch leaves the rows saving its reports one by one leaves.
    /// </summary>
    private protected virtual void RemoveRowsOnlyLocked(WriteSession session, IReadOnlyList<(ReportSubmission Submission, ReportExtraction Extraction)> reports)
    {
    }

    /// <summary>
    /// Before a write's reports, takes the locks on shared rows that its reports would otherwise take one report after
    /// another, in one order every writer follows, so writers into one database wait for each other but never deadlock;
    /// nothing by default (SQLite has one writer at a time).
    /// </summary>
    private protected virtual void LockInKeyOrder(WriteSession session, IReadOnlyList<(ReportSubmission Submission, ReportExtraction Extraction)> reports)
    {
    }

    /// <summary>
    /// Adds tally names outside the write's transaction and returns their ids, where the store can: a name then never
    /// waits for another writer's uncommitted one. Null adds names inside the transaction.
    /// </summary>
    private protected virtual Func<IReadOnlyList<string>, IEnumerable<(string Name, int Id)>>? NamesApart => null;

    /// <summary>
    /// Whether <see cref="SaveBatch"/> first writes a batch without a savepoint per report. Only a
    /// store whose rolled-back transaction gives back the ids it took may: otherwise the second write's
    /// events get other ids than the reports saved one by one would, and first appearances hold event ids.
    /// </summary>
    protected virtual bool TriesBatchWithoutSavepoints => false;

    /// <summary>The store's own row inserter for a session on <paramref name="connection"/>; null for the generic path.</summary>
    private protected virtual IRowWriter? RowWriter(DbConnection connection) => null;

    /// <summary>Whether a batched write whose link totals the triggers keep hands its summed tallies to the row writer as typed rows.</summary>
    private protected virtual bool TypedBatchTallies => false;

    /// <summary>The pipeline a batched write's statements wait in, made from the session's row writer; null where the store sends each at once.</summary>
    private protected virtual IStatementPipeline? Pipeline(IRowWriter? rows) => null;

    /// <summary>
    /// Calls <paramref name="each"/> for every row of a query of number columns, inside <paramref name="transaction"/>;
    /// by default through the data reader, where a store may read by position its own way (SQLite: its own statement).
    /// </summary>
    private protected virtual void ReadNumbers(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] parameters,
        Action<INumberRow> each)
    {
        using var command = Sql.Command(connection, sql, transaction, parameters);
        using var reader = command.ExecuteReader();
        var row = new ReaderNumberRow(reader);
        while (reader.Read())
        {
            each(row);
        }
    }

    private const int Attempts = 5;

    /// <summary>
    /// Runs a write again, up to <see cref="Attempts"/> times in all, when the database reports a transient conflict
    /// (<see cref="IsTransient"/>): a PostgreSQL deadlock or serialization failure, SQLite's write lock held by another
    /// process past the connection's timeout. The transaction was rolled back, so the write starts afresh.
    /// </summary>
    private T WithRetry<T>(Func<T> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return write();
            }
            catch (DbException e) when (attempt < Attempts && IsTransient(e))
            {
                Thread.Sleep(Random.Shared.Next(10, 50) * attempt);
            }
        }
    }

    /// <summary>Whether an error is one <see cref="WithRetry"/> answers by running the whole write again, rather than a refusal of one report.</summary>
    protected virtual bool IsTransient(DbException error) => false;

    /// <summary>One transaction around <paramref name="write"/>; the store's version moves when <paramref name="created"/> says a report was added.</summary>
    private T Write<T>(Func<WriteSession, T> write, Func<T, bool> created, bool batched = false) => WithRetry(() =>
    {
        var batch = batched ? TakeSpareBatch() : null;
        try
        {
            return Write(write, created, batch);
        }
        finally
        {
            if (batch is not null)
            {
                GiveBackBatch(batch);
            }
        }
    });

    // A batched write's sums kept for the next one, emptied: its dictionaries keep the room the last batch grew them to, so
    // a batch of 5,000 reports (some 600,000 summed rows) neither grows them again nor leaves arrays of that size behind.
    // At 20,000 generated reports their growing allocated 0.63 of the importer's 4.0 GB, in the large-object heap.
    private TallyBatch? _spareBatch;

    private TallyBatch TakeSpareBatch() => Interlocked.Exchange(ref _spareBatch, null) ?? new TallyBatch();

    private void GiveBackBatch(TallyBatch batch)
    {
        batch.Reset();
        _spareBatch = batch;
    }

    private T Write<T>(Func<WriteSession, T> write, Func<T, bool> created, TallyBatch? batch)
    {
        var batched = batch is not null;
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var mark = WriteMark(connection, transaction);
        var kept = Interlocked.Exchange(ref _keptLone, null);
        using var session = Session(connection, transaction, batch,
            kept is not null && mark is not null && mark.Equals(_keptMark) ? kept : null, pipelined: batched, namesApart: true);
        if (session.LeavesLinks)
        {
            MarkLinksPending(session);
        }

        var result = write(session);
        if (batch is not null)
        {
            var lap = WriteProfile.Now();
            WriteBatch(session, batch);
            WriteProfile.Lap(WritePhase.Tallies, lap);
        }

        var started = WriteProfile.Now();
        if (created(result))
        {
            session.Execute("UPDATE store_version SET version = version + 1");
        }

        session.Flush();
        transaction.Commit();
        WriteProfile.Lap(WritePhase.Commit, started);
        if (mark is not null)
        {
            (_keptMark, _keptLone) = (mark.Next(), session.LoneEvents);
        }

        return result;
    }

    /// <summary>
    /// What identifies the database's state as this write sees it, so the lone events a committed write read
    /// serve the next one only when nothing else has written in between (<see cref="LoneEventCache"/>); null
    /// where the store cannot tell, and every transaction then reads its own.
    /// </summary>
    private protected virtual WriteMark? WriteMark(DbConnection connection, DbTransaction transaction) => null;

    /// <summary>
    /// How many events of one-event operations a write may keep for its first-appearance recounts (a
    /// month's are read at once and kept; past this many, every month kept is forgotten): the server's
    /// default, <see cref="ServerLoneEvents"/>, keeps its memory small; a bulk import raises it to
    /// <see cref="ImportLoneEvents"/>.
    /// </summary>
    public int KeptLoneEvents { get; set; } = ServerLoneEvents;

    /// <summary>The server's bound on kept lone events.</summary>
    public const int ServerLoneEvents = 100_000;

    /// <summary>
    /// A bulk import's bound: every one-event operation of a million generated reports (about 290,000 at 515,000,
    /// some 2,200 a month). Under the server's bound, batches whose reports are dated across eleven years read
    /// most months again after each forgetting: at 515,000 reports (batches of 500) the recounts' walks took 19.6 ms a report, 6.3 with every month kept.
    /// </summary>
    public const int ImportLoneEvents = 2_000_000;

    // The lone events the last committed write kept, and the mark the next write must show to use them.
    private LoneEventCache? _keptLone;
    private WriteMark? _keptMark;

    // A pipelined session (a batched write, which flushes before it commits) holds back what needs no answer where the store's row writer can.
    // Names go apart only from a write's own transaction: a migration's may hold names it added uncommitted.
    private WriteSession Session(DbConnection connection, DbTransaction transaction, TallyBatch? batch = null, LoneEventCache? lone = null, bool pipelined = false,
        bool namesApart = false)
    {
        var rows = RowWriter(connection);
        var session = new WriteSession(connection, transaction)
        {
            NamesApart = namesApart ? NamesApart : null,
            RowOrder = RowOrder, ChunkSizes = RowsPerStatement, Batch = batch, Rows = rows, Pipeline = pipelined ? Pipeline(rows) : null, TypedTallies = pipelined && TypedBatchTallies, CountsEveryJoin = CountsEveryJoin, LoneEvents = lone ?? new(KeptLoneEvents),
            LinkTotalsByTriggers = KeepsLinkTotalsByTriggers, LeavesLinks = batch is not null && LinksAtEnd, LinkedRowsHeld = LinkedRowsHeld,
        };
        session.Overrides = LinkOverrides ?? new EditedLinkOverrides(session);
        return session;
    }

    // Written with the batch and no savepoint of its own: a refusal abandons the whole transaction.
    private SaveOutcome SaveTogether(WriteSession session, ReportSubmission submission, ReportExtraction extraction)
    {
        try
        {
            var saved = SaveReport(session, submission, extraction);
            session.Batch?.Keep();
            return new SaveOutcome(saved, null);
        }
        catch (DbException e) when (!IsTransient(e))
        {
            throw new RefusedInBatchException(e);
        }
    }

    private SaveOutcome SaveAlone(WriteSession session, ReportSubmission submission, ReportExtraction extraction)
    {
        session.Savepoint("report");
        try
        {
            var saved = SaveReport(session, submission, extraction);
            session.ReleaseSavepoint("report");
            session.Batch?.Keep();
            return new SaveOutcome(saved, null);
        }
        catch (DbException e) when (!IsTransient(e))
        {
            session.RollbackToSavepoint("report");
            session.Batch?.Drop();
            session.ForgetNames();
            session.ReleaseSavepoint("report");
            return new SaveOutcome(null, "the store refused it: " + e.Message);
        }
    }

    /// <summary>
    /// The single per-report write routine: every path that stores a report (one by one or in
    /// batches) goes through here, inside the caller's transaction.
    /// </summary>
    internal static SaveResult SaveReport(WriteSession session, ReportSubmission submission, ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(extraction);
        var text = submission.Text;
        var lap = WriteProfile.Now();
        var hash = ContentHash(text);
        var date = submission.Date ?? extraction.Date;
        if (FindCoded(session, submission.Coded) is { } known)
        {
            return new SaveResult(known, Created: false);
        }

        object?[] report = [submission.Title ?? extraction.Title ?? UntitledReport, submission.Url, IsoDate.Format(date), text, hash,
            DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), submission.Source.Name(), submission.Author, extraction.Language];
        var reportId = session.Rows is IKeyedRowWriter keyed
            ? keyed.InsertReturning("reports", ReportColumns, "ON CONFLICT (content_hash) DO NOTHING", ["id"], [report]) is [[var added]] ? added : (long?)null
            : session.Scalar<long?>("""
                INSERT INTO reports (title, url, date, text, content_hash, created_at, source_kind, author, language)
                VALUES (@title, @url, @date, @text, @hash, @created, @source, @author, @language)
                ON CONFLICT (content_hash) DO NOTHING RETURNING id
                """, ("@title", report[0]), ("@url", report[1]), ("@date", report[2]), ("@text", report[3]), ("@hash", report[4]), ("@created", report[5]),
                ("@source", report[6]), ("@author", report[7]), ("@language", report[8]));
        if (reportId is not { } id)
        {
            return new SaveResult(session.Scalar<long>("SELECT id FROM reports WHERE content_hash = @hash", ("@hash", hash)), Created: false);
        }

        lap = WriteProfile.Lap(WritePhase.ReportRow, lap);
        var facts = new Dictionary<string, ActorFacts>(StringComparer.Ordinal);
        foreach (var actor in extraction.Actors.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            facts[actor.Id] = UpsertActor(session, actor);
        }

        lap = WriteProfile.Lap(WritePhase.Actors, lap);
        Upsert(session, "mentions", MentionColumns, "", [.. extraction.Mentions.Select(m => (object?[])[
            id, m.ActorId, m.Span.Start, m.Span.Length, m.Sentence.Start, m.Sentence.Length])]);

        lap = WriteProfile.Lap(WritePhase.Mentions, lap);
        var tallyEvents = extraction.Events.Select(e => SaveEvent(session, id, e)).ToList();
        lap = WriteProfile.Lap(WritePhase.Events, lap);
        var (nodes, edges) = ReportTallies.Of(date, tallyEvents, a => facts.TryGetValue(a, out var f) ? f : null);
        if (session.Batch is { } batch)
        {
            batch.Stage(nodes, edges);
        }
        else
        {
            AddTallies(session, nodes, edges);
        }

        lap = WriteProfile.Lap(WritePhase.Tallies, lap);
        if (!session.LeavesLinks)
        {
            LinkOperations(session, tallyEvents.Zip(extraction.Events, (t, e) => new EventFacts(
                t.EventId, id, e.Name, e.CrimeArea, date, e.Participants.Select(p => p.ActorId).ToHashSet(StringComparer.Ordinal))),
                new SavedEvents(tallyEvents.ToDictionary(t => t.EventId), a => facts.TryGetValue(a, out var f) ? f : null));
        }

        SaveCoded(session, id, submission.Coded);
        session.Flush();
        WriteProfile.Lap(WritePhase.Linker, lap);
        return new SaveResult(id, Created: true);
    }

    private static TallyEvent SaveEvent(WriteSession session, long reportId, CooperationEvent cooperation)
    {
        object?[] row = [reportId, cooperation.Name, cooperation.CrimeArea, JsonSerializer.Serialize(cooperation.Figures)];
        var eventId = session.Rows is IKeyedRowWriter keyed
            ? keyed.InsertReturning("events", EventColumns, "", ["id"], [row])[0][0]
            : session.Scalar<long>("""
                INSERT INTO events (report_id, name, crime_area, figures) VALUES (@report, @name, @area, @figures) RETURNING id
                """, ("@report", row[0]), ("@name", row[1]), ("@area", row[2]), ("@figures", row[3]));
        Upsert(session, "participations", ParticipationColumns, "", [.. cooperation.Participants.Select(p => (object?[])[
            eventId, p.ActorId, RoleNames.Of(p.Role), p.Evidence.Start, p.Evidence.Length])]);

        return new TallyEvent(eventId, cooperation.CrimeArea, [.. cooperation.Participants.Select(p => (p.ActorId, p.Role == ParticipantRole.Lead))]);
    }

    /// <summary>Adds the actor (or a country it lacked) and returns the facts the database now holds for it.</summary>
    private static ActorFacts UpsertActor(WriteSession session, Actor actor)
    {
        var aliases = actor.Aliases.Prepend(actor.Name).Distinct(StringComparer.Ordinal).ToList();

        // Written already in this transaction with its country: the row cannot change, only new aliases are added.
        if (session.SettledActor(actor.Id) is var (settled, written))
        {
            AddAliases(session, actor.Id, [.. aliases.Where(a => !written.Contains(a))]);
            written.UnionWith(aliases);
            return settled;
        }

        // The row as stored: an actor known before keeps its kind and name. The row is rewritten only when it
        // gains a country; otherwise it is read (an update that changes nothing still writes a new row version,
        // and a popular actor updated by every report of a batch left a chain of them to walk).
        static ActorFacts Facts(DbDataReader r) => new(r.GetString(0) == "country" ? ActorKind.Country : ActorKind.Agency, Sql.Text(r, 2), r.GetString(1));
        var stored = session.Read("""
            INSERT INTO actors (id, kind, name, country_code) VALUES (@id, @kind, @name, @country)
            ON CONFLICT (id) DO UPDATE SET country_code = excluded.country_code
            WHERE actors.country_code IS NULL AND excluded.country_code IS NOT NULL
            RETURNING kind, name, country_code
            """, Facts,
            ("@id", actor.Id), ("@kind", actor.Kind == ActorKind.Country ? "country" : "agency"),
            ("@name", actor.Name), ("@country", actor.CountryCode));
        if (stored.Count == 0)
        {
            stored = session.Read("SELECT kind, name, country_code FROM actors WHERE id = @id", Facts, ("@id", actor.Id));
        }

        AddAliases(session, actor.Id, aliases);
        session.ActorWritten(actor.Id, stored[0], aliases);
        return stored[0];
    }

    private static void AddAliases(WriteSession session, string actorId, List<string> aliases) =>
        Upsert(session, "actor_aliases", AliasColumns, "ON CONFLICT DO NOTHING", [.. aliases.Select(alias => (object?[])[actorId, alias, TextFolding.Fold(alias)])]);

    // A report's row and its events' rows: bound by position where the store's row writer can (SQLite, whose provider finds
    // each named parameter by its name at every execution), else through the named parameters below.
    private static readonly string[] ReportColumns = ["title", "url", "date", "text", "content_hash", "created_at", "source_kind", "author", "language"];
    private static readonly string[] EventColumns = ["report_id", "name", "crime_area", "figures"];

    // Rows a report adds many of go many to a statement where the store saves round trips by it (see RowsPerStatement).
    private static readonly string[] MentionColumns = ["report_id", "actor_id", "start", "length", "sentence_start", "sentence_length"];
    private static readonly string[] ParticipationColumns = ["event_id", "actor_id", "role", "sentence_start", "sentence_length"];
    private static readonly string[] AliasColumns = ["actor_id", "alias", "folded"];

    /// <summary>What a report saved without any title is called (the ingestor always gives one).</summary>
    public const string UntitledReport = "Untitled report";

    /// <summary>SHA-256 of the text with line endings unified and outer white space trimmed.</summary>
    public static string ContentHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
