using Graph.Core.Storage.Postgres;
using Graph.Core.Storage.Sqlite;

namespace Graph.Core.Storage;

/// <summary>Opens the store a configuration names: PostgreSQL for a <c>Host=</c> connection string (or provider <c>postgres</c>), else SQLite.</summary>
public static class ReportStores
{
    /// <summary>The provider names <see cref="Open"/> accepts.</summary>
    public static IReadOnlyList<string> Providers { get; } = ["sqlite", "postgres"];

    /// <summary>Opens (creating or migrating if needed) the store.</summary>
    /// <param name="connectionString">A SQLite (<c>Data Source=graph.db</c>) or Npgsql (<c>Host=…;Database=…</c>) connection string.</param>
    /// <param name="provider"><c>sqlite</c>, <c>postgres</c>, or null to tell by the connection string.</param>
    /// <param name="sqliteCacheMegabytes">A SQLite connection's page cache (<see cref="SqliteCache"/>); PostgreSQL sizes its own.</param>
    /// <param name="sqliteCheckpointMegabytes">How large a SQLite connection lets the WAL grow before a checkpoint; 0 keeps SQLite's default.</param>
    /// <exception cref="ArgumentException">The provider is not one of <see cref="Providers"/>.</exception>
    public static IReportStore Open(string connectionString, string? provider = null, int sqliteCacheMegabytes = SqliteCache.ServerMegabytes,
        int sqliteCheckpointMegabytes = 0) =>
        IsPostgres(connectionString, provider)
            ? new PostgresReportStore(connectionString)
            : new SqliteReportStore(connectionString, sqliteCacheMegabytes, sqliteCheckpointMegabytes);

    /// <summary>Whether the configuration names PostgreSQL.</summary>
    public static bool IsPostgres(string connectionString, string? provider) => provider?.ToLowerInvariant() switch
    {
        null or "" => PostgresReportStore.IsPostgres(connectionString),
        "postgres" or "postgresql" or "npgsql" => true,
        "sqlite" => false,
        _ => throw new ArgumentException($"Unknown store provider '{provider}'. Known: {string.Join(", ", Providers)}.", nameof(provider)),
    };
}
