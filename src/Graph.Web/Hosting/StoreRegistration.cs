using Graph.Core;
using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Web.Hosting;

/// <summary>Registers the SQLite store, the extractor and the ingestion service.</summary>
public static class StoreRegistration
{
    /// <summary>
    /// The store lives in the file that <c>ConnectionStrings:Graph</c> names, by default
    /// <c>data/local/graph.db</c> under the repository.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Graph") is { Length: > 0 } configured
            ? configured
            : new SqliteConnectionStringBuilder { DataSource = RepositoryLayout.DefaultDatabase }.ToString();
        services.AddSingleton(new StoreLocation(connectionString));
        services.AddSingleton<IReportStore>(_ => new SqliteReportStore(connectionString));
        services.AddSingleton<IReportExtractor>(ReportExtractor.Default);
        services.AddSingleton<ReportIngestor>();
        return services;
    }
}

/// <summary>The connection string the store was opened with, and the database file it names.</summary>
public sealed record StoreLocation(string ConnectionString)
{
    /// <summary>Full path of the database file.</summary>
    public string DatabaseFile => Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
}
