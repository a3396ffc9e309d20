using System.Data;
using System.Data.Common;
using Graph.Core.Storage.Relational;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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
    private readonly string _pragmas;

    /// <summary>Opens (creating if needed) the database the connection string names.</summary>
    /// <param name="connectionString">An ADO.NET SQLite connection string, e.g. <c>Data Source=graph.db</c>.</param>
    /// <param name="cacheMegabytes">Each connection's page cache (<see cref="SqliteCache"/>).</param>
    /// <param name="checkpointMegabytes">
    /// How large each connection lets the WAL grow before it copies it into the database; 0 keeps SQLite's
    /// default (<see cref="SqliteCache.ImportCheckpointMegabytes"/> is the bulk importer's).
    /// </param>
    public SqliteReportStore(string connectionString, int cacheMegabytes = SqliteCache.ServerMegabytes, int checkpointMegabytes = 0)
    {
        _ = SqliteThreading.MultiThread;
        ArgumentOutOfRangeException.ThrowIfLessThan(cacheMegabytes, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(checkpointMegabytes);
        _pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA cache_size=-{cacheMegabytes * 1024L}; PRAGMA temp_store=MEMORY;"
            + (checkpointMegabytes > 0 ? $" PRAGMA wal_autocheckpoint={checkpointMegabytes * 1024L * 1024 / PageBytes};" : "");
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
        GiveWalAFrame(connection);
    }

    /// <summary>
    /// Writes one frame into the WAL, changing nothing: SQLite names no snapshot of a WAL that no transaction has written to
    /// since it was made (as when a store is opened after its last user closed it), and without one a scope of months is
    /// read on one core (<see cref="ReadNumberParts"/>). The store's version moved up and back in one transaction dirties
    /// its page, which the commit writes whatever it holds; no reader sees it move.
    /// </summary>
    private static void GiveWalAFrame(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, "UPDATE store_version SET version = version + 1; UPDATE store_version SET version = version - 1", transaction);
        transaction.Commit();
    }

    // The page size SQLite gives a new file (the schema never sets another).
    private const int PageBytes = 4096;

    /// <inheritdoc />
    protected override string RowOrder => "rowid";

    /// <summary>
    /// The newest events found from the newest reports: SQLite takes a CROSS JOIN as an order to walk its left table
    /// first, here by the date index from the end, so the limit stops the walk after a few hundred reports. Left to
    /// choose, its planner read every event and sorted them all (121 against 11 ms at 100,000 reports).
    /// </summary>
    internal const string NewestEvents = "reports r CROSS JOIN events e ON e.report_id = r.id";

    private protected override string NewestEventsFrom => NewestEvents;

    // In process there is no round trip to save, and SQLite finds each named parameter by a linear
    // search, so a 64-row statement of 768 parameters costs more to bind than 64 one-row statements.
    /// <inheritdoc />
    protected override IReadOnlyList<int> RowsPerStatement => [1];

    // A savepoint makes SQLite copy every page a report changes into its in-memory sub-journal, and every
    // statement inside it that may abort then walks that journal (a list of 1 KB chunks) to take its own
    // records back: at 71,500 stored reports a quarter of the importer's CPU, growing with the pages a
    // report touches, so with the store. A rolled-back transaction gives its rowids back.
    /// <inheritdoc />
    protected override bool TriesBatchWithoutSavepoints => true;

    // In process a row costs no transfer, and SQLite checks an IN list through a temporary index, a search a row: at a million
    // reports 1.27 million rows of the chosen sources of a range, 1.05 million of them among the chosen, checked faster here.
    private protected override bool SeeksAmongTargets => false;

    private protected override IRowWriter? RowWriter(DbConnection connection) => new SqliteRowWriter((SqliteConnection)connection);

    private protected override void ReadNumbers(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] parameters,
        Action<INumberRow> each) => SqliteNumberReader.Each((SqliteConnection)connection, sql, parameters, each);

    /// <summary>
    /// The parts after the first each on a connection of its own and another thread, inside the snapshot the given
    /// transaction reads (SQLite's <c>sqlite3_snapshot_get</c> and <c>sqlite3_snapshot_open</c>), the first on the given
    /// connection meanwhile: the rows one after the other would give, read by every core. A part whose connection cannot
    /// open the snapshot is read afterwards on the given connection, as is every part when SQLite cannot name the snapshot.
    /// </summary>
    private protected override void ReadNumberParts(DbConnection connection, DbTransaction transaction, IReadOnlyList<NumberQuery> parts)
    {
        if (parts.Count < 2 || raw.sqlite3_snapshot_get(((SqliteConnection)connection).Handle, "main", out var snapshot) != raw.SQLITE_OK)
        {
            base.ReadNumberParts(connection, transaction, parts);
            return;
        }

        using (snapshot)
        {
            var others = parts.Skip(1).Select(part => Task.Run(() => ReadInSnapshot(snapshot, part))).ToArray();
            var first = parts[0];
            try
            {
                ReadNumbers(connection, transaction, first.Sql, first.Parameters, first.Each);
            }
            finally
            {
                // The snapshot is freed only once no other connection may still be opening it, also when this read failed
                // (its error is the one raised; the others' are read below or lost with it).
                Task.WhenAll(others).ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            }

            foreach (var (part, read) in parts.Skip(1).Zip(others))
            {
                if (!read.GetAwaiter().GetResult())
                {
                    ReadNumbers(connection, transaction, part.Sql, part.Parameters, part.Each);
                }
            }
        }
    }

    // False, having read nothing, when this connection cannot open the snapshot.
    private bool ReadInSnapshot(sqlite3_snapshot snapshot, NumberQuery part)
    {
        using var connection = (SqliteConnection)Open();
        using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: true);
        if (raw.sqlite3_snapshot_open(connection.Handle, "main", snapshot) != raw.SQLITE_OK)
        {
            return false;
        }

        ReadNumbers(connection, transaction, part.Sql, part.Parameters, part.Each);
        transaction.Commit();
        return true;
    }

    // Lone events a write read serve the next write only through the same pooled connection, when no other
    // connection committed (data_version, read inside the write's transaction) and no SQLite store of this
    // process opened one: stores on one file share the pool, and a commit through the same connection leaves
    // data_version as it was.
    private static long _opened;

    private protected override WriteMark? WriteMark(DbConnection connection, DbTransaction transaction) =>
        new(((SqliteConnection)connection).Handle!, Sql.Scalar<long>(connection, "PRAGMA data_version", transaction), Interlocked.Read(ref _opened));

    /// <inheritdoc />
    protected override DbConnection Open()
    {
        Interlocked.Increment(ref _opened);
        var connection = new SqliteConnection(_connectionString);
        connection.Open();

        // WAL makes a commit durable at the next checkpoint rather than at every transaction; the page
        // cache keeps the tally indexes' hot pages in memory, where the 2 MB default made every batch of
        // upserts read and write pages back and forth.
        Sql.Execute(connection, _pragmas);
        return connection;
    }

    /// <inheritdoc />
    /// <remarks>
    /// SQLITE_BUSY: another process (another importer, the server) held the file's write lock for longer than the
    /// connection's timeout (30 s unless the connection string's <c>Default Timeout</c> says otherwise), so this write
    /// could not begin; it is run again rather than reported as a refusal.
    /// </remarks>
    protected override bool IsTransient(DbException error) => error is SqliteException { SqliteErrorCode: SqliteBusy };

    private const int SqliteBusy = 5;

    /// <summary>A connection opened as the store opens its own, for tests that check its settings.</summary>
    internal SqliteConnection OpenConnection() => (SqliteConnection)Open();

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

        LinkLeftPending(connection, transaction);
        if (version < Schema.Version)
        {
            Sql.Execute(connection, "DELETE FROM schema_version", transaction);
            Sql.Execute(connection, "INSERT INTO schema_version (version) VALUES (@version)", transaction, ("@version", Schema.Version));
        }

        transaction.Commit();
    }
}
