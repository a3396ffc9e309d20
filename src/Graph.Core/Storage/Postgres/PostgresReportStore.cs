using System.Data;
using System.Data.Common;
using Graph.Core.Storage.Relational;
using Npgsql;

namespace Graph.Core.Storage.Postgres;

/// <summary>
/// <see cref="IReportStore"/> over a PostgreSQL database: the server-grade store, for corpora and
/// writers beyond one machine. Several processes may import into one database at once: unique keys
/// with <c>ON CONFLICT</c> store each text and actor once, every write takes its locks on shared rows in one order
/// (<c>PostgresReportStore.KeyOrder.cs</c>), and
/// a transaction the server aborts as a deadlock or serialization failure is run again.
/// </summary>
public sealed partial class PostgresReportStore : RelationalReportStore, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Connects to the database and brings its tables up to date.</summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=graph;Username=graph;Password=…</c>.</param>
    public PostgresReportStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(WithoutJit(WithPreparedStatements(connectionString)));
        using var connection = _dataSource.OpenConnection();
        Migrate(connection);
    }

    // The write path runs a few dozen statement shapes thousands of times: prepared on the server, each is
    // parsed and planned once per connection instead of on every execution. A connection string that sets
    // its own limit keeps it.
    private static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    // PostgreSQL compiles a plan whose cost passes jit_above_cost (100,000) to machine code first. Graph's reads
    // walk an index range and hand the rows over: compiling the month edge read of a date range took 100-250 ms
    // of its 550 ms on a new connection (100,000 reports) and won nothing back. The store's connections run
    // without it unless the connection string's Options say something of jit.
    private static string WithoutJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : $"{builder.Options} -c jit=off";
        }

        return builder.ConnectionString;
    }

    /// <summary>Whether a connection string names a PostgreSQL server (<c>Host=</c>) rather than a SQLite file.</summary>
    public static bool IsPostgres(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return connectionString.Split(';').Any(part => part.Split('=')[0].Trim() is { } key
            && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)));
    }

    /// <inheritdoc />
    protected override string RowOrder => "ord";

    /// <inheritdoc />
    protected override DbConnection Open() => _dataSource.OpenConnection();

    /// <inheritdoc />
    private protected override IRowWriter? RowWriter(DbConnection connection) => new PostgresRowWriter((NpgsqlConnection)connection, RowsPerStatement);

    /// <summary>
    /// Whether a batched write holds back the statements it reads no answer from and sends them with the next one
    /// (<see cref="IStatementPipeline"/>) and copies its summed tallies as typed rows; on unless a test compares the
    /// rows with those the write stored before (one round trip a statement, rows as arrays of values).
    /// </summary>
    internal bool BulkWrites { get; set; } = true;

    /// <inheritdoc />
    private protected override IStatementPipeline? Pipeline(IRowWriter? rows) => BulkWrites ? (rows as PostgresRowWriter)?.Holding() : null;

    /// <inheritdoc />
    private protected override bool TypedBatchTallies => BulkWrites;

    /// <inheritdoc />
    protected override DbTransaction BeginSnapshot(DbConnection connection) =>
        connection.BeginTransaction(IsolationLevel.RepeatableRead);

    // The number rows read here are a scope's months, the edges' asked in key order, which the primary key keeps.
    // The planner, estimating a few thousand rows where 270,000 came back (50,000 reports; the scope's ids come
    // from subqueries) and costing the heap's random reads at four times a sequential one, fetched them through a
    // bitmap and sorted them on disk (work_mem 4 MB): two thirds of the query's time. Sorting is refused for these
    // reads only, so the rows stream from the key's index in order; the setting goes back to what it was after.
    private protected override void ReadNumbers(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] parameters,
        Action<INumberRow> each)
    {
        var sort = Sql.Scalar<string>(connection, "SELECT current_setting('enable_sort')", transaction);
        Sql.Execute(connection, "SET LOCAL enable_sort = off", transaction);
        try
        {
            using var command = (NpgsqlCommand)Sql.Command(connection, sql, transaction, parameters);
            PostgresNumberReader.Each(command, each);
        }
        finally
        {
            Sql.Execute(connection, "SELECT set_config('enable_sort', @sort, true)", transaction, ("@sort", sort));
        }
    }

    /// <inheritdoc />
    protected override bool IsTransient(DbException error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    /// <summary>Closes the pool of connections.</summary>
    public void Dispose() => _dataSource.Dispose();

    // An advisory lock lets several importers start against a fresh database at once: one migrates, the others wait.
    private void Migrate(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, "SELECT pg_advisory_xact_lock(7420130)", transaction);
        Sql.Execute(connection, PostgresSchema.VersionTable, transaction);
        var version = Sql.Scalar<long?>(connection, "SELECT MAX(version) FROM schema_version", transaction) ?? 0;
        if (version > PostgresSchema.Version)
        {
            throw new InvalidOperationException($"The database was written by a newer version (schema {version}); this build reads schema {PostgresSchema.Version}.");
        }

        for (var next = (int)version; next < PostgresSchema.Version; next++)
        {
            Sql.Execute(connection, PostgresSchema.Migrations[next], transaction);
        }

        if (version < PostgresSchema.OperationsVersion)
        {
            LinkUnlinked(connection, transaction);
        }

        LinkLeftPending(connection, transaction);
        if (version < PostgresSchema.Version)
        {
            Sql.Execute(connection, "DELETE FROM schema_version", transaction);
            Sql.Execute(connection, "INSERT INTO schema_version (version) VALUES (@version)", transaction, ("@version", PostgresSchema.Version));
        }

        transaction.Commit();
    }
}
