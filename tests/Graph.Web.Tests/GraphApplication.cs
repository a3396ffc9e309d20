using System.Net.Http.Json;
using Graph.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Web.Tests;

/// <summary>
/// The whole web app over its own temporary SQLite file, with a known API key. Seeding reads a
/// folder the test controls (empty by default), so counts in tests are exact.
/// </summary>
public sealed class GraphApplication : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-123";

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly bool _ownsFolder;

    /// <param name="settings">Configuration to apply over the test defaults, e.g. tight rate limits.</param>
    public GraphApplication(string? databaseFolder = null, string? seedFolder = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        _ownsFolder = databaseFolder is null;
        Folder = databaseFolder ?? Directory.CreateTempSubdirectory("graph-web-tests-").FullName;
        SeedFolder = seedFolder ?? Directory.CreateDirectory(Path.Combine(Folder, "seed")).FullName;
    }

    public string Folder { get; }

    public string SeedFolder { get; }

    public string DatabaseFile => Path.Combine(Folder, "graph.db");

    public IReportStore Store => Services.GetRequiredService<IReportStore>();

    /// <summary>A client that sends the API key.</summary>
    public HttpClient CreateWriter()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public async Task<HttpResponseMessage> PostReportAsync(string text, string? title = null, string? url = null, string? date = null) =>
        await CreateWriter().PostAsJsonAsync("/api/reports", new { text, title, url, date });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Graph", $"Data Source={DatabaseFile}");
        builder.UseSetting("Graph:SeedFolder", SeedFolder);
        builder.UseSetting("Graph:ApiKey", ApiKey);
        builder.UseSetting("Graph:MaxReportBytes", "4096");
        // Tests post many reports quickly; the rate-limit tests set their own budgets.
        builder.UseSetting("Graph:RateLimits:WritesPerMinute", "1000000");
        builder.UseSetting("Graph:RateLimits:WriteBurst", "1000000");
        builder.UseSetting("Graph:RateLimits:ExpensiveReadsPerMinute", "1000000");
        builder.UseSetting("Graph:RateLimits:ExpensiveReadBurst", "1000000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && _ownsFolder && Directory.Exists(Folder))
        {
            // A folder the test passed in is the test's to remove; one made here goes with the app.
            Directory.Delete(Folder, recursive: true);
        }
    }
}
