using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Graph.Core.Curation;
using Graph.Core.Model;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>The read side of the store: every query reads committed data only.</summary>
public abstract partial class RelationalReportStore
{
    private const string SummaryColumns = "r.id, r.title, r.url, r.date, r.content_hash, r.source_kind, r.language";

    private static readonly ILookup<string, string> NoAliases = Array.Empty<string>().ToLookup(a => a);

    /// <inheritdoc />
    public IReadOnlyList<ReportSummary> ListReports()
    {
        using var connection = Open();
        return Sql.Read(connection, $"SELECT {SummaryColumns} FROM reports r ORDER BY r.date DESC NULLS LAST, r.id DESC", ReadSummary);
    }

    /// <inheritdoc />
    public ReportPage ListReports(string? cursor, int limit, string? language = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var connection = Open();
        var after = cursor is null ? null : ParseCursor(cursor);
        var clauses = new List<string>();
        if (after is not null)
        {
            clauses.Add("r.id < @after");
        }

        if (language is not null)
        {
            clauses.Add("r.language = @language");
        }

        var rows = Sql.Read(connection, $"""
            SELECT {SummaryColumns} FROM reports r {Where(clauses)}
            ORDER BY r.id DESC LIMIT @limit
            """, ReadSummary, ("@after", after), ("@limit", limit + 1), ("@language", language));
        var page = rows.Take(limit).ToList();
        return new ReportPage(page, rows.Count > limit ? page[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <inheritdoc />
    public StoredReport? FindReport(long id)
    {
        using var connection = Open();
        var found = Sql.Read(connection, $"SELECT {SummaryColumns}, r.text FROM reports r WHERE r.id = @id", r => (ReadSummary(r), r.GetString(7)), ("@id", id));
        if (found.Count == 0)
        {
            return null;
        }

        var (summary, text) = found[0];
        var actors = ReadActors(connection, "WHERE actors.id IN (SELECT actor_id FROM mentions WHERE report_id = @id UNION SELECT p.actor_id FROM participations p JOIN events e ON e.id = p.event_id WHERE e.report_id = @id)", ("@id", id));
        var events = ReadEvents(connection, null, "WHERE e.report_id = @id", ("@id", id));
        return new StoredReport(summary, text, actors, events);
    }

    /// <inheritdoc />
    public Actor? FindActor(string actorId)
    {
        using var connection = Open();
        var edits = ReadEdits(connection, null);
        if (!EffectiveEdits.Of(edits).Any(e => e.Edit.Kind.IsActor()))
        {
            return ReadActors(connection, "WHERE actors.id = @id", ("@id", actorId)).FirstOrDefault();
        }

        // Actor edits rename, merge away and split off actors: the actor is read as they leave it.
        var actors = new CooperationDataset(ReadActors(connection, ""), [], []);
        return CurationApplier.Apply(actors, edits).Actors.FirstOrDefault(a => a.Id == actorId);
    }

    /// <inheritdoc />
    public IReadOnlyList<ActorEvidence> EvidenceFor(string actorId, EventQuery? scope = null)
    {
        using var connection = Open();
        var (inScope, parameters) = ScopeOf(scope, "r.id", "e.report_id");
        var rows = Sql.Read(connection, $"""
            SELECT {SummaryColumns}, r.text, m.sentence_start, m.sentence_length
            FROM mentions m JOIN reports r ON r.id = m.report_id
            WHERE m.actor_id = @id {inScope} ORDER BY r.date DESC NULLS LAST, r.id DESC, m.sentence_start
            """, r => (Summary: ReadSummary(r), Sentence: Quote(r.GetString(7), new TextSpan(Sql.Int(r, 8), Sql.Int(r, 9)))), [("@id", actorId), .. parameters]);
        return rows.GroupBy(r => r.Summary.Id)
            .Select(g => new ActorEvidence(g.First().Summary, [.. g.Select(r => r.Sentence).Distinct()]))
            .ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<Actor> SearchActors(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var folded = TextFolding.Fold(query.Trim());
        if (folded.Length == 0)
        {
            return [];
        }

        using var connection = Open();
        var pattern = "%" + folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        return ReadActors(connection, """
            JOIN (SELECT actor_id, MIN(CASE WHEN folded LIKE @prefix ESCAPE '\' THEN 0 ELSE 1 END) AS rank
                  FROM actor_aliases WHERE folded LIKE @pattern ESCAPE '\' GROUP BY actor_id) hits ON hits.actor_id = actors.id
            ORDER BY hits.rank, actors.name LIMIT @limit
            """, ("@pattern", pattern), ("@prefix", pattern[1..]), ("@limit", limit));
    }

    /// <inheritdoc />
    public IReadOnlyList<Actor> ListActors()
    {
        using var connection = Open();
        return Sql.Read(connection, "SELECT id, kind, name, country_code FROM actors ORDER BY id", r => ReadActorRow(r, NoAliases));
    }

    /// <inheritdoc />
    public CooperationDataset LoadDataset() => LoadDataset(new EventQuery());

    /// <inheritdoc />
    public CooperationDataset LoadDataset(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open();

        // One read transaction, so the reads see the same snapshot even while a report is saved.
        using var transaction = BeginSnapshot(connection);
        var (where, parameters) = EventFilter(query, NewestEventsFrom);
        var events = ReadEvents(connection, transaction, where, parameters);
        var actors = ReadActors(connection, transaction, "");
        var edits = query.Uncurated ? [] : ReadEdits(connection, transaction);
        // A filtered load reads only the reports its events come from (the two-mode view at a million reports reads 500).
        var reports = Sql.Read(connection, transaction, query with { Uncurated = false } == new EventQuery()
            ? $"SELECT {SummaryColumns} FROM reports r ORDER BY r.id"
            : $"SELECT {SummaryColumns} FROM reports r WHERE r.id IN (SELECT e.report_id FROM events e JOIN reports r ON r.id = e.report_id {where}) ORDER BY r.id",
            ReadSummary, parameters);
        transaction.Commit();
        return CurationApplier.Apply(new CooperationDataset(actors, reports, events), edits);
    }

    private static (string Where, (string, object?)[] Parameters) EventFilter(EventQuery query, string newestFrom = JoinedEvents)
    {
        var clauses = new List<string>();
        if (query.From is not null || query.To is not null)
        {
            clauses.Add("r.date IS NOT NULL");
        }

        if (query.From is not null)
        {
            clauses.Add("r.date >= @from");
        }

        if (query.To is not null)
        {
            clauses.Add("r.date <= @to");
        }

        if (query.CrimeArea is not null)
        {
            clauses.Add("LOWER(e.crime_area) = @area");
        }

        if (query.NameContains is not null)
        {
            clauses.Add("LOWER(e.name) LIKE @name");
        }

        if (query.Source is not null)
        {
            clauses.Add("r.source_kind = @source");
        }

        if (query.Language is not null)
        {
            clauses.Add("r.language = @language");
        }

        if (query.ReportId is not null)
        {
            clauses.Add("r.id = @report");
        }

        if (query.Limit is not null)
        {
            clauses.Add($"e.id IN (SELECT e.id FROM {newestFrom} {Where(clauses)} ORDER BY r.date DESC, e.id DESC LIMIT @limit)");
        }

        return (Where(clauses), [
            ("@from", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@to", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@area", query.CrimeArea?.ToLowerInvariant()),
            ("@name", "%" + query.NameContains?.ToLowerInvariant() + "%"),
            ("@source", query.Source?.Name()),
            ("@limit", query.Limit),
            ("@language", query.Language),
            ("@report", query.ReportId)]);
    }

    /// <summary>
    /// An <c>AND column IN (…)</c> clause keeping only what the scope's events admit (<paramref name="pick"/>
    /// names the event column compared), or nothing without a scope. Its parameters never include a limit.
    /// </summary>
    private static (string Clause, (string, object?)[] Parameters) ScopeOf(EventQuery? scope, string column, string pick)
    {
        if (scope is null || scope == new EventQuery())
        {
            return ("", []);
        }

        var (where, parameters) = EventFilter(scope with { Limit = null });
        return ($"AND {column} IN (SELECT {pick} FROM events e JOIN reports r ON r.id = e.report_id {where})",
            [.. parameters.Where(p => p.Item1 != "@limit")]);
    }

    /// <summary>Events with their reports, as every query here joins them.</summary>
    private const string JoinedEvents = "events e JOIN reports r ON r.id = e.report_id";

    /// <summary>How the newest events (a query's <see cref="EventQuery.Limit"/>) join their reports; a store may order the walk.</summary>
    private protected virtual string NewestEventsFrom => JoinedEvents;

    private static string Where(List<string> clauses) => clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);

    private List<Actor> ReadActors(DbConnection connection, string where, params (string Name, object? Value)[] parameters) =>
        ReadActors(connection, null, where, parameters);

    private List<Actor> ReadActors(DbConnection connection, DbTransaction? transaction, string where, params (string Name, object? Value)[] parameters)
    {
        var aliases = Sql.Read(connection, transaction, $"SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (SELECT actors.id FROM actors {where}) ORDER BY {RowOrder}",
            r => (Id: r.GetString(0), Alias: r.GetString(1)), parameters)
            .ToLookup(a => a.Id, a => a.Alias);
        return Sql.Read(connection, transaction, $"SELECT actors.id, kind, name, country_code FROM actors {where}", r => ReadActorRow(r, aliases), parameters);
    }

    private static Actor ReadActorRow(DbDataReader r, ILookup<string, string> aliases)
    {
        var (id, name) = (r.GetString(0), r.GetString(2));
        return new Actor(id, r.GetString(1) == "country" ? ActorKind.Country : ActorKind.Agency, name, Sql.Text(r, 3), [.. aliases[id].Where(a => a != name)]);
    }

    private List<StoredEvent> ReadEvents(DbConnection connection, DbTransaction? transaction, string where, params (string Name, object? Value)[] parameters)
    {
        // Sentences are kept once, in the report's text, and quoted from it by their offsets.
        var texts = Sql.Read(connection, transaction, $"""
            SELECT r.id, r.text FROM reports r WHERE r.id IN (SELECT e.report_id FROM events e JOIN reports r ON r.id = e.report_id {where})
            """, r => (Id: Sql.Long(r, 0), Text: r.GetString(1)), parameters).ToDictionary(t => t.Id, t => t.Text);
        var participations = Sql.Read(connection, transaction, $"""
            SELECT p.event_id, p.actor_id, p.role, e.report_id, p.sentence_start, p.sentence_length
            FROM participations p JOIN events e ON e.id = p.event_id JOIN reports r ON r.id = e.report_id {where} ORDER BY p.event_id, p.{RowOrder}
            """,
            r => (EventId: Sql.Long(r, 0), Participation: Participation(r, texts)), parameters).ToLookup(p => p.EventId, p => p.Participation);
        return Sql.Read(connection, transaction, $"""
            SELECT e.id, e.report_id, e.name, e.crime_area, r.date, e.figures, r.source_kind, oe.operation_id, r.language,
                   (SELECT COUNT(*) FROM events o WHERE o.report_id = e.report_id AND o.id < e.id)
            FROM events e JOIN reports r ON r.id = e.report_id LEFT JOIN operation_events oe ON oe.event_id = e.id {where} ORDER BY e.id
            """,
            r => new StoredEvent(
                Sql.Long(r, 0), Sql.Long(r, 1), Sql.Text(r, 2), Sql.Text(r, 3), ParseDate(r, 4), [.. participations[Sql.Long(r, 0)]],
                JsonSerializer.Deserialize<Dictionary<string, int>>(r.GetString(5)) ?? [], SourceKinds.Parse(r.GetString(6)),
                r.IsDBNull(7) ? null : Sql.Long(r, 7), r.GetString(8), Sql.Int(r, 9)),
            parameters);
    }

    private static StoredParticipation Participation(DbDataReader r, Dictionary<long, string> texts)
    {
        var span = new TextSpan(Sql.Int(r, 4), Sql.Int(r, 5));
        return new StoredParticipation(r.GetString(1), RoleNames.Parse(r.GetString(2)), Quote(texts.GetValueOrDefault(Sql.Long(r, 3)) ?? "", span), span);
    }

    /// <summary>The sentence at <paramref name="span"/> of a report's text (empty if the text is shorter, which a stored span never is).</summary>
    private static string Quote(string text, TextSpan span) =>
        span.Start >= 0 && span.Length >= 0 && span.Start + span.Length <= text.Length ? span.Slice(text) : "";

    private static ReportSummary ReadSummary(DbDataReader r) =>
        new(Sql.Long(r, 0), r.GetString(1), Sql.Text(r, 2), ParseDate(r, 3), r.GetString(4), SourceKinds.Parse(r.GetString(5))) { Language = r.GetString(6) };

    private static DateOnly? ParseDate(DbDataReader r, int column) =>
        r.IsDBNull(column) ? null : IsoDate.Parse(r.GetString(column));

    private static long? ParseCursor(string cursor) =>
        long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw new FormatException($"'{cursor}' is not a cursor this store gave out.");
}
