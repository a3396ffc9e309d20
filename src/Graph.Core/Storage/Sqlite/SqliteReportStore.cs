using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Graph.Core.Model;
using Microsoft.Data.Sqlite;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// <see cref="IReportStore"/> over one SQLite file in WAL mode. Each report is saved with all its
/// actors, mentions, events and participations in a single transaction, so a failure leaves the
/// file as it was; the same text saved twice is stored once (SHA-256 of the normalised text).
/// </summary>
public sealed partial class SqliteReportStore : IReportStore
{
    private readonly string _connectionString;

    /// <summary>Opens (creating if needed) the database the connection string names.</summary>
    /// <param name="connectionString">An ADO.NET SQLite connection string, e.g. <c>Data Source=graph.db</c>.</param>
    public SqliteReportStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, Pooling = true };
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }

        _connectionString = builder.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Migrate(connection);
    }

    /// <inheritdoc />
    public SaveResult Save(ReportSubmission submission, ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(extraction);
        var text = submission.Text;
        var hash = ContentHash(text);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        if (Scalar<long?>(connection, "SELECT id FROM reports WHERE content_hash = $hash", transaction, ("$hash", hash)) is { } existing)
        {
            return new SaveResult(existing, Created: false);
        }

        var date = submission.Date ?? extraction.Date;
        var reportId = Scalar<long>(connection, """
            INSERT INTO reports (title, url, date, text, content_hash, created_at, language)
            VALUES ($title, $url, $date, $text, $hash, $created, $language) RETURNING id
            """, transaction,
            ("$title", submission.Title ?? extraction.Title ?? UntitledReport),
            ("$url", submission.Url),
            ("$language", extraction.Language),
            ("$date", IsoDate.Format(date)),
            ("$text", text),
            ("$hash", hash),
            ("$created", DateTimeOffset.UtcNow.ToString("O")));

        foreach (var actor in extraction.Actors)
        {
            UpsertActor(connection, transaction, actor);
        }

        foreach (var mention in extraction.Mentions)
        {
            Execute(connection, """
                INSERT INTO mentions (report_id, actor_id, surface, start, length, sentence_start, sentence_length, sentence)
                VALUES ($report, $actor, $surface, $start, $length, $sstart, $slength, $sentence)
                """, transaction,
                ("$report", reportId), ("$actor", mention.ActorId), ("$surface", mention.Surface),
                ("$start", mention.Span.Start), ("$length", mention.Span.Length),
                ("$sstart", mention.Sentence.Start), ("$slength", mention.Sentence.Length), ("$sentence", mention.Sentence.Slice(text)));
        }

        foreach (var cooperation in extraction.Events)
        {
            SaveEvent(connection, transaction, reportId, text, cooperation);
        }

        transaction.Commit();
        return new SaveResult(reportId, Created: true);
    }

    private static void SaveEvent(SqliteConnection connection, SqliteTransaction transaction, long reportId, string text, CooperationEvent cooperation)
    {
        var eventId = Scalar<long>(connection, """
            INSERT INTO events (report_id, name, crime_area, figures) VALUES ($report, $name, $area, $figures) RETURNING id
            """, transaction,
            ("$report", reportId), ("$name", cooperation.Name), ("$area", cooperation.CrimeArea),
            ("$figures", JsonSerializer.Serialize(cooperation.Figures)));
        foreach (var p in cooperation.Participants)
        {
            Execute(connection, """
                INSERT INTO participations (event_id, actor_id, role, sentence_start, sentence_length, sentence)
                VALUES ($event, $actor, $role, $start, $length, $sentence)
                """, transaction,
                ("$event", eventId), ("$actor", p.ActorId), ("$role", RoleNames.Of(p.Role)),
                ("$start", p.Evidence.Start), ("$length", p.Evidence.Length), ("$sentence", p.Evidence.Slice(text)));
        }
    }

    private static void UpsertActor(SqliteConnection connection, SqliteTransaction transaction, Actor actor)
    {
        Execute(connection, """
            INSERT INTO actors (id, kind, name, country_code) VALUES ($id, $kind, $name, $country)
            ON CONFLICT(id) DO UPDATE SET country_code = COALESCE(actors.country_code, excluded.country_code)
            """, transaction,
            ("$id", actor.Id), ("$kind", actor.Kind == ActorKind.Country ? "country" : "agency"),
            ("$name", actor.Name), ("$country", actor.CountryCode));
        foreach (var alias in actor.Aliases.Prepend(actor.Name).Distinct(StringComparer.Ordinal))
        {
            Execute(connection, "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded) VALUES ($id, $alias, $folded)", transaction,
                ("$id", actor.Id), ("$alias", alias), ("$folded", TextFolding.Fold(alias)));
        }
    }

    /// <summary>Runs, in one transaction, the migrations the file has not had yet.</summary>
    private static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, Schema.VersionTable, transaction);
        var version = Scalar<long?>(connection, "SELECT MAX(version) FROM schema_version", transaction) ?? 0;
        if (version > Schema.Version)
        {
            throw new InvalidOperationException($"The database was written by a newer version (schema {version}); this build reads schema {Schema.Version}.");
        }

        for (var next = (int)version; next < Schema.Version; next++)
        {
            Execute(connection, Schema.Migrations[next], transaction);
        }

        if (version < Schema.Version)
        {
            Execute(connection, "DELETE FROM schema_version", transaction);
            Execute(connection, "INSERT INTO schema_version (version) VALUES ($version)", transaction, ("$version", Schema.Version));
        }

        transaction.Commit();
    }

    /// <summary>What a report saved without any title is called (the ingestor always gives one).</summary>
    public const string UntitledReport = "Untitled report";

    /// <summary>SHA-256 of the text with line endings unified and outer white space trimmed.</summary>
    public static string ContentHash(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
