using System.Globalization;
using System.Text.Json;
using Graph.Core.Model;
using Microsoft.Data.Sqlite;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Sqlite;

/// <summary>The read side of the store: every query reads committed data only.</summary>
public sealed partial class SqliteReportStore
{
    private const string SummaryColumns = "id, title, url, date, content_hash";

    /// <inheritdoc />
    public IReadOnlyList<ReportSummary> ListReports()
    {
        using var connection = Open();
        return Read(connection, $"SELECT {SummaryColumns} FROM reports ORDER BY date DESC, id DESC", ReadSummary);
    }

    /// <inheritdoc />
    public StoredReport? FindReport(long id)
    {
        using var connection = Open();
        var found = Read(connection, $"SELECT {SummaryColumns}, text, language FROM reports WHERE id = $id",
            r => (ReadSummary(r) with { Language = r.GetString(6) }, r.GetString(5)),
            ("$id", id));
        if (found.Count == 0)
        {
            return null;
        }

        var (summary, text) = found[0];
        var actors = ReadActors(connection, "WHERE id IN (SELECT actor_id FROM mentions WHERE report_id = $id UNION SELECT p.actor_id FROM participations p JOIN events e ON e.id = p.event_id WHERE e.report_id = $id)", ("$id", id));
        var events = ReadEvents(connection, "WHERE e.report_id = $id", ("$id", id));
        return new StoredReport(summary, text, actors, events);
    }

    /// <inheritdoc />
    public Actor? FindActor(string actorId)
    {
        using var connection = Open();
        return ReadActors(connection, "WHERE id = $id", ("$id", actorId)).FirstOrDefault();
    }

    /// <inheritdoc />
    public IReadOnlyList<ActorEvidence> EvidenceFor(string actorId)
    {
        using var connection = Open();
        var rows = Read(connection, $"""
            SELECT r.id, r.title, r.url, r.date, r.content_hash, m.sentence
            FROM mentions m JOIN reports r ON r.id = m.report_id
            WHERE m.actor_id = $id ORDER BY r.date DESC, r.id DESC, m.sentence_start
            """, r => (Summary: ReadSummary(r), Sentence: r.GetString(5)), ("$id", actorId));
        return rows.GroupBy(r => r.Summary.Id)
            .Select(g => new ActorEvidence(g.First().Summary, [.. g.Select(r => r.Sentence).Distinct()]))
            .ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<Actor> SearchActors(string query, int limit)
    {
        var folded = TextFolding.Fold(query.Trim());
        if (folded.Length == 0)
        {
            return [];
        }

        using var connection = Open();
        var pattern = "%" + folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        return ReadActors(connection, """
            JOIN (SELECT actor_id, MIN(CASE WHEN folded LIKE $prefix ESCAPE '\' THEN 0 ELSE 1 END) AS rank
                  FROM actor_aliases WHERE folded LIKE $pattern ESCAPE '\' GROUP BY actor_id) hits ON hits.actor_id = actors.id
            ORDER BY hits.rank, actors.name LIMIT $limit
            """, ("$pattern", pattern), ("$prefix", pattern[1..]), ("$limit", limit));
    }

    /// <inheritdoc />
    public CooperationDataset LoadDataset()
    {
        using var connection = Open();

        // One read transaction, so the three reads see the same snapshot even while a report is saved.
        Execute(connection, "BEGIN DEFERRED");
        try
        {
            var actors = ReadActors(connection, "");
            var reports = Read(connection, $"SELECT {SummaryColumns} FROM reports ORDER BY id", ReadSummary);
            var events = ReadEvents(connection, "");
            return new CooperationDataset(actors, reports, events);
        }
        finally
        {
            Execute(connection, "COMMIT");
        }
    }

    private static List<Actor> ReadActors(SqliteConnection connection, string where, params (string Name, object? Value)[] parameters)
    {
        var rows = Read(connection, $"SELECT actors.id, kind, name, country_code FROM actors {where}",
            r => (Id: r.GetString(0), Kind: r.GetString(1) == "country" ? ActorKind.Country : ActorKind.Agency, Name: r.GetString(2), Country: r.IsDBNull(3) ? null : r.GetString(3)),
            parameters);
        var aliases = Read(connection, $"SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (SELECT actors.id FROM actors {where}) ORDER BY rowid",
            r => (Id: r.GetString(0), Alias: r.GetString(1)), parameters)
            .ToLookup(a => a.Id, a => a.Alias);
        return rows.Select(r => new Actor(r.Id, r.Kind, r.Name, r.Country, [.. aliases[r.Id].Where(a => a != r.Name)])).ToList();
    }

    private static List<StoredEvent> ReadEvents(SqliteConnection connection, string where, params (string Name, object? Value)[] parameters)
    {
        var participations = Read(connection, $"""
            SELECT p.event_id, p.actor_id, p.role, p.sentence, p.sentence_start, p.sentence_length
            FROM participations p JOIN events e ON e.id = p.event_id {where} ORDER BY p.event_id, p.rowid
            """,
            r => (EventId: r.GetInt64(0), Participation: new StoredParticipation(r.GetString(1), RoleNames.Parse(r.GetString(2)), r.GetString(3), new TextSpan(r.GetInt32(4), r.GetInt32(5)))),
            parameters).ToLookup(p => p.EventId, p => p.Participation);
        return Read(connection, $"""
            SELECT e.id, e.report_id, e.name, e.crime_area, r.date, e.figures
            FROM events e JOIN reports r ON r.id = e.report_id {where} ORDER BY e.id
            """,
            r => new StoredEvent(
                r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                ParseDate(r, 4), [.. participations[r.GetInt64(0)]],
                JsonSerializer.Deserialize<Dictionary<string, int>>(r.GetString(5)) ?? []),
            parameters);
    }

    private static ReportSummary ReadSummary(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), ParseDate(r, 3), r.GetString(4));

    private static DateOnly? ParseDate(SqliteDataReader r, int column) =>
        r.IsDBNull(column) ? null : IsoDate.Parse(r.GetString(column));

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, null, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
