using Graph.Core;
using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Verbs;

/// <summary>
/// The database the CLI works on, the same the web app uses: <c>--db</c>, else the
/// <c>ConnectionStrings__Graph</c> environment variable, else <c>data/local/graph.db</c> under the repository.
/// </summary>
internal static class StoreLocator
{
    public static string ConnectionString(string? db) =>
        db is not null
            ? new SqliteConnectionStringBuilder { DataSource = db }.ToString()
            : Environment.GetEnvironmentVariable("ConnectionStrings__Graph") is { Length: > 0 } configured
                ? configured
                : new SqliteConnectionStringBuilder { DataSource = RepositoryLayout.DefaultDatabase }.ToString();

    /// <summary>The database file the same rules name.</summary>
    public static string DatabaseFile(string? db) => new SqliteConnectionStringBuilder(ConnectionString(db)).DataSource;
}
