using System.Globalization;
using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Vocabulary;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// Writes reports inside a transaction its owner opened and will commit: the single place a report
/// and everything extracted from it reach the file. Its statements are prepared once and reused for
/// every report of a batch, and actors and aliases already written by this writer are not rewritten.
/// </summary>
internal sealed class SqliteReportWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _findByHash, _findCoded, _insertReport, _upsertActor, _insertAlias,
        _insertMention, _insertEvent, _insertParticipation, _insertCoded;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public SqliteReportWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        (_connection, _transaction) = (connection, transaction);
        _findByHash = Prepare("SELECT id FROM reports WHERE content_hash = $hash", "$hash");
        _findCoded = Prepare("SELECT report_id FROM coded_events WHERE coder = $coder AND global_event_id = $id", "$coder", "$id");
        _insertReport = Prepare("""
            INSERT INTO reports (title, url, date, text, content_hash, created_at, source_kind, author)
            VALUES ($title, $url, $date, $text, $hash, $created, $source, $author) RETURNING id
            """, "$title", "$url", "$date", "$text", "$hash", "$created", "$source", "$author");
        _upsertActor = Prepare("""
            INSERT INTO actors (id, kind, name, country_code) VALUES ($id, $kind, $name, $country)
            ON CONFLICT(id) DO UPDATE SET country_code = COALESCE(actors.country_code, excluded.country_code)
            """, "$id", "$kind", "$name", "$country");
        _insertAlias = Prepare("INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded) VALUES ($id, $alias, $folded)", "$id", "$alias", "$folded");
        _insertMention = Prepare("""
            INSERT INTO mentions (report_id, actor_id, surface, start, length, sentence_start, sentence_length, sentence)
            VALUES ($report, $actor, $surface, $start, $length, $sstart, $slength, $sentence)
            """, "$report", "$actor", "$surface", "$start", "$length", "$sstart", "$slength", "$sentence");
        _insertEvent = Prepare("INSERT INTO events (report_id, name, crime_area, figures) VALUES ($report, $name, $area, $figures) RETURNING id",
            "$report", "$name", "$area", "$figures");
        _insertParticipation = Prepare("""
            INSERT INTO participations (event_id, actor_id, role, sentence_start, sentence_length, sentence)
            VALUES ($event, $actor, $role, $start, $length, $sentence)
            """, "$event", "$actor", "$role", "$start", "$length", "$sentence");
        _insertCoded = Prepare("""
            INSERT INTO coded_events (report_id, coder, global_event_id, event_code, quad_class, goldstein_scale, num_mentions)
            VALUES ($report, $coder, $id, $code, $quad, $goldstein, $mentions)
            """, "$report", "$coder", "$id", "$code", "$quad", "$goldstein", "$mentions");
    }

    /// <summary>
    /// Writes one report with its actors, mentions and events, or finds it already stored (same
    /// content hash, or for a coded event the same coder's event id).
    /// </summary>
    public SaveResult Write(ReportSubmission submission, ReportExtraction extraction)
    {
        var text = submission.Text;
        var hash = SqliteReportStore.ContentHash(text);
        if (Scalar(_findByHash, hash) is long existing)
        {
            return new SaveResult(existing, Created: false);
        }

        if (submission.Coded is { } coded && Scalar(_findCoded, CodedEvent.Coder, coded.GlobalEventId) is long known)
        {
            return new SaveResult(known, Created: false);
        }

        var date = submission.Date ?? extraction.Date;
        var reportId = (long)Scalar(_insertReport,
            submission.Title ?? extraction.Title ?? SqliteReportStore.UntitledReport, submission.Url,
            IsoDate.Format(date), text, hash,
            DateTimeOffset.UtcNow.ToString("O"), submission.Source.Name(), submission.Author)!;

        foreach (var actor in extraction.Actors)
        {
            WriteActor(actor);
        }

        foreach (var m in extraction.Mentions)
        {
            Run(_insertMention, reportId, m.ActorId, m.Surface, m.Span.Start, m.Span.Length, m.Sentence.Start, m.Sentence.Length, m.Sentence.Slice(text));
        }

        foreach (var cooperation in extraction.Events)
        {
            var eventId = (long)Scalar(_insertEvent, reportId, cooperation.Name, cooperation.CrimeArea, JsonSerializer.Serialize(cooperation.Figures))!;
            foreach (var p in cooperation.Participants)
            {
                Run(_insertParticipation, eventId, p.ActorId, RoleNames.Of(p.Role),
                    p.Evidence.Start, p.Evidence.Length, p.Evidence.Slice(text));
            }
        }

        if (submission.Coded is { } c)
        {
            Run(_insertCoded, reportId, CodedEvent.Coder, c.GlobalEventId, c.EventCode, c.QuadClass, c.GoldsteinScale, c.NumMentions);
        }

        return new SaveResult(reportId, Created: true);
    }

    /// <summary>Forgets what was written since the transaction began, after a rollback undid it.</summary>
    public void Forget() => _written.Clear();

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }

    private void WriteActor(Actor actor)
    {
        if (_written.Add(actor.Id + "\u0001" + actor.CountryCode))
        {
            Run(_upsertActor, actor.Id, actor.Kind == ActorKind.Country ? "country" : "agency", actor.Name, actor.CountryCode);
        }

        foreach (var alias in actor.Aliases.Prepend(actor.Name))
        {
            if (_written.Add(actor.Id + "\u0002" + alias))
            {
                Run(_insertAlias, actor.Id, alias, TextFolding.Fold(alias));
            }
        }
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        _commands.Add(command);
        return command;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteScalar() is { } value and not DBNull ? value : null;
    }
}
