using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Reliability.Tests.Properties;

/// <summary>
/// Generated requests through the whole app (in process, own SQLite file): bodies to POST /api/reports
/// and query strings to every read endpoint. Whatever arrives, the answer is never a 5xx.
/// </summary>
public sealed class HttpProperties : IDisposable
{
    private static readonly string[] ReadPaths =
        ["/api/graph", "/api/metrics", "/api/communities", "/api/export", "/api/paths", "/api/edges/evidence", "/api/actors", "/api/timeline", "/api/nodes/x"];

    private static readonly string[] Parameters =
        ["view", "from", "to", "crimeArea", "kinds", "minWeight", "center", "depth", "operation", "weighting", "format", "q", "source", "target"];

    private readonly Application _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task NoGeneratedReportBodyGetsAServerError()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Application.Key);
        var gen = Gen.Select(Gen.OneOf("text/plain", "application/json", "text/csv"), Gen.Frequency(
            (3, Inputs.JsonBody.Select(Encoding.UTF8.GetBytes)), (1, Gen.Byte.Array[0, 3000])));

        await gen.SampleAsync(async pair =>
        {
            using var content = new ByteArrayContent(pair.Item2);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(pair.Item1);
            using var response = await client.PostAsync("/api/reports", content);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }, iter: 600, threads: 1);
    }

    [Fact]
    public async Task NoGeneratedQueryGetsAServerError()
    {
        var client = _app.CreateClient();
        foreach (var text in new[] { "Europol led Operation Vibora with the police of Spain and Italy.", "INTERPOL supported Brazil and Colombia against cocaine trafficking." })
        {
            using var seed = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
            seed.Headers.Add("X-Api-Key", Application.Key);
            (await client.SendAsync(seed)).EnsureSuccessStatusCode();
        }

        var pairs = Gen.Select(Gen.OneOf(Parameters), Inputs.QueryValue).Array[0, 6];
        await Gen.Select(Gen.OneOf(ReadPaths), pairs).SampleAsync(async request =>
        {
            var (path, parameters) = request;
            var query = string.Join('&', parameters.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2 ?? "")}"));
            using var response = await client.GetAsync($"{path}?{query}");
            Assert.True((int)response.StatusCode < 500, $"{path}?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }, iter: 1500, threads: 1);
    }

    private sealed class Application : WebApplicationFactory<Program>
    {
        public const string Key = "property-key";
        private readonly string _folder = Directory.CreateTempSubdirectory("graph-properties-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Graph", $"Data Source={Path.Combine(_folder, "graph.db")}");
            builder.UseSetting("Graph:SeedFolder", Directory.CreateDirectory(Path.Combine(_folder, "seed")).FullName);
            builder.UseSetting("Graph:ApiKey", Key);
            builder.UseSetting("Graph:MaxReportBytes", "4096");
            builder.UseSetting("Graph:RateLimits:WritesPerMinute", "1000000");
            builder.UseSetting("Graph:RateLimits:WriteBurst", "1000000");
            builder.UseSetting("Graph:RateLimits:ExpensiveReadsPerMinute", "1000000");
            builder.UseSetting("Graph:RateLimits:ExpensiveReadBurst", "1000000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
