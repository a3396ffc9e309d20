using System.Data;
using System.Data.Common;
using Graph.Core.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// <see cref="IReportStore"/> over one SQLite file in WAL mode: the embedded default. Each report is
/// saved with all its actors, mentions, events, participations and tallies in a single transaction,
/// so a failure leaves the file as it was; the same text saved twice is stored once (SHA-256 of the
/// normalised text).
/// </summary>
public sealed class SqliteReportStore : RelationalReportStore
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
        using var connection = (SqliteConnection)Open();
        Sql.Execute(connection, "PRAGMA journal_mode=WAL;");
        Migrate(connection);
        ReportAuthorship.Ensure(connection);
    }

    /// <inheritdoc />
    protected override string RowOrder => "rowid";

    // In process there is no round trip to save, and SQLite finds each named parameter by a linear
    // search, so a 64-row statement of 768 parameters costs more to bind than 64 one-row statements.
    /// <inheritdoc />
    protected override IReadOnlyList<int> RowsPerStatement => [1];

    private protected override IRowWriter? RowWriter(DbConnection connection) => new SqliteRowWriter((SqliteConnection)connection);

    /// <inheritdoc />
    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();

        // WAL makes a commit durable at the next checkpoint rather than at every transaction; a 64 MB
        // page cache keeps the tally indexes' hot pages in memory, where the 2 MB default made every
        // batch of upserts read and write pages back and forth.
        Sql.Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
        return connection;
    }

    /// <inheritdoc />
    protected override DbTransaction BeginSnapshot(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: true);

    /// <summary>Runs, in one transaction, the migrations the file has not had yet.</summary>
    private void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, Schema.VersionTable, transaction);
        var version = Sql.Scalar<long?>(connection, "SELECT MAX(version) FROM schema_version", transaction) ?? 0;
        if (version > Schema.Version)
        {
            throw new InvalidOperationException($"The database was written by a newer version (schema {version}); this build reads schema {Schema.Version}.");
        }

        for (var next = (int)version; next < Schema.Version; next++)
        {
            Sql.Execute(connection, Schema.Migrations[next], transaction);
        }

        if (version is > 0 and < Schema.TalliesVersion)
        {
            RebuildTallies(connection, transaction);
        }

        if (version < Schema.OperationsVersion)
        {
            LinkUnlinked(connection, transaction);
        }

        if (version < Schema.Version)
        {
            Sql.Execute(connection, "DELETE FROM schema_version", transaction);
            Sql.Execute(connection, "INSERT INTO schema_version (version) VALUES (@version)", transaction, ("@version", Schema.Version));
        }

        transaction.Commit();
    }
}
