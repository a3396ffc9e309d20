using System.Security.Cryptography;
using System.Text;
using Graph.Core.Model;
using Microsoft.Data.Sqlite;

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
        ReportAuthorship.Ensure(connection);
    }

    /// <inheritdoc />
    public SaveResult Save(ReportSubmission submission, ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(extraction);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var writer = new SqliteReportWriter(connection, transaction);
        var saved = writer.Write(submission, extraction);
        transaction.Commit();
        return saved;
    }

    /// <summary>
    /// Writes the whole batch in one transaction with statements prepared once. Each report sits in
    /// its own savepoint, so one that fails is rolled back alone and refused; the rest commit together.
    /// </summary>
    public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<(ReportSubmission Submission, ReportExtraction Extraction)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var outcomes = new List<SaveOutcome>(reports.Count);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var writer = new SqliteReportWriter(connection, transaction);
        foreach (var (submission, extraction) in reports)
        {
            transaction.Save("report");
            try
            {
                outcomes.Add(new SaveOutcome(writer.Write(submission, extraction), null));
                transaction.Release("report");
            }
            catch (SqliteException e)
            {
                transaction.Rollback("report");
                transaction.Release("report");
                writer.Forget();
                outcomes.Add(new SaveOutcome(null, "the store refused it: " + e.Message));
            }
        }

        transaction.Commit();
        return outcomes;
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
