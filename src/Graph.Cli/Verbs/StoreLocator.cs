using Graph.Core;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Verbs;

/// <summary>
/// The database the CLI works on, the same the web app uses: <c>--db</c> (a SQLite file, or a whole connection string:
/// PostgreSQL's <c>Host=…</c> or SQLite's <c>Data Source=…</c>), else the <c>ConnectionStrings__Graph</c> environment
/// variable, else <c>data/local/graph.db</c> under the repository.
/// </summary>
internal static class StoreLocator
{
    public static string ConnectionString(string? db) =>
        db is not null
            ? IsConnectionString(db) ? db : new SqliteConnectionStringBuilder { DataSource = db }.ToString()
            : Environment.GetEnvironmentVariable("ConnectionStrings__Graph") is { Length: > 0 } configured
                ? configured
                : new SqliteConnectionStringBuilder { DataSource = RepositoryLayout.DefaultDatabase }.ToString();

    private static bool IsConnectionString(string db) =>
        ReportStores.IsPostgres(db, null) || db.TrimStart().StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens the store a bulk import writes into: a SQLite connection keeps the importer's page cache
    /// (<see cref="ImportCacheMegabytes"/>) and checkpoints its WAL every
    /// <see cref="SqliteCache.ImportCheckpointMegabytes"/> rather than every 4 MB.
    /// </summary>
    public static IReportStore OpenForImport(string connectionString) =>
        ReportStores.Open(connectionString, sqliteCacheMegabytes: ImportCacheMegabytes(), sqliteCheckpointMegabytes: SqliteCache.ImportCheckpointMegabytes);

    /// <summary>
    /// The page cache of a bulk import's SQLite connection: <c>Graph__SqliteCacheMegabytes</c>, else
    /// <see cref="SqliteCache.ImportMegabytes"/>.
    /// </summary>
    public static int ImportCacheMegabytes()
    {
        try
        {
            return SqliteCache.Megabytes(Environment.GetEnvironmentVariable("Graph__SqliteCacheMegabytes"), SqliteCache.ImportMegabytes);
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>The database file the same rules name.</summary>
    public static string DatabaseFile(string? db) => new SqliteConnectionStringBuilder(ConnectionString(db)).DataSource;
}
