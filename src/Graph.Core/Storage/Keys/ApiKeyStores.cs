namespace Graph.Core.Storage.Keys;

/// <summary>Opens the named keys of the database a configuration names, as <see cref="ReportStores"/> opens its store.</summary>
public static class ApiKeyStores
{
    /// <summary>The key store in PostgreSQL for a <c>Host=</c> connection string (or provider <c>postgres</c>), else in the SQLite file.</summary>
    /// <param name="connectionString">The store's connection string.</param>
    /// <param name="provider">An explicit provider, or null to tell by the connection string.</param>
    public static IApiKeyStore Open(string connectionString, string? provider = null) =>
        ReportStores.IsPostgres(connectionString, provider) ? new PostgresApiKeyStore(connectionString) : new SqliteApiKeyStore(connectionString);
}
