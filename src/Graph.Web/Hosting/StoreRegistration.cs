using Graph.Core;
using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Web.Hosting;

/// <summary>Registers the store (SQLite, or PostgreSQL for a <c>Host=</c> connection string), the extractor and the ingestion service.</summary>
public static class StoreRegistration
{
    /// <summary>
    /// The store lives where <c>ConnectionStrings:Graph</c> says: a SQLite file (by default
    /// <c>data/local/graph.db</c> under the repository) or a PostgreSQL server (<c>Host=…</c>, or
    /// <c>Graph:StoreProvider=postgres</c>); a SQLite connection keeps <c>Graph:SqliteCacheMegabytes</c> of pages.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Graph") is { Length: > 0 } configured
            ? configured
            : new SqliteConnectionStringBuilder { DataSource = RepositoryLayout.DefaultDatabase }.ToString();
        var provider = configuration["Graph:StoreProvider"];
        services.AddSingleton(new StoreLocation(connectionString, ReportStores.IsPostgres(connectionString, provider)));
        var cacheMegabytes = SqliteCache.Megabytes(configuration[SqliteCache.Setting], SqliteCache.ServerMegabytes);
        services.AddSingleton(_ => ReportStores.Open(connectionString, provider, cacheMegabytes));
        services.AddSingleton<IReportExtractor>(ReportExtractor.Default);
        services.AddSingleton<ReportIngestor>();
        return services;
    }
}

/// <summary>The connection string the store was opened with, and the database file it names.</summary>
public sealed record StoreLocation(string ConnectionString, bool Postgres = false)
{
    /// <summary>Full path of the database file; for PostgreSQL, <c>data/local/graph-postgres</c> (where the generated API key is kept).</summary>
    public string DatabaseFile => Postgres
        ? Path.Combine(RepositoryLayout.Root, "data", "local", "graph-postgres")
        : Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
}
