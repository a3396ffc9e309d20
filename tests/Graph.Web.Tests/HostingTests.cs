using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Web.Tests;

public sealed class HostingTests : IDisposable
{
    private readonly List<string> _folders = [];
    private const string SampleReport = """
        Joint raid on a counterfeit medicine network
        date 2023-05-04
        source https://example.org/raid

        Operation Blue Vial was coordinated by Europol with the Guardia Civil and the Polícia Judiciária.
        """;

    [Fact]
    public async Task AnEmptyStoreIsSeededFromTheSampleFolderOnce()
    {
        var folder = NewFolder("graph-seed-");
        var seed = Directory.CreateDirectory(Path.Combine(folder, "seed")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seed, "raid.txt"), SampleReport);

        using (var first = new GraphApplication(folder, seed))
        {
            var reports = await first.CreateClient().GetFromJsonAsync<JsonElement>("/api/reports");
            var report = Assert.Single(reports.EnumerateArray());
            Assert.Equal("Joint raid on a counterfeit medicine network", report.GetProperty("title").GetString());
            Assert.Equal("2023-05-04", report.GetProperty("date").GetString());
            Assert.Equal("https://example.org/raid", report.GetProperty("url").GetString());
        }

        await File.WriteAllTextAsync(Path.Combine(seed, "second.txt"), SampleReport.Replace("Blue Vial", "Red Vial", StringComparison.Ordinal));
        using var restarted = new GraphApplication(folder, seed);
        Assert.Single(await restarted.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/reports") ?? []);
    }

    [Fact]
    public async Task AMalformedSampleIsSkippedAndTheOthersAreSeeded()
    {
        var folder = NewFolder("graph-seed-bad-");
        var seed = Directory.CreateDirectory(Path.Combine(folder, "seed")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seed, "a-good.txt"), SampleReport);
        await File.WriteAllTextAsync(Path.Combine(seed, "b-bad-date.txt"), SampleReport.Replace("2023-05-04", "4 May 2023", StringComparison.Ordinal).Replace("Blue", "Grey", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(seed, "c-no-header.txt"), "Europol met INTERPOL in Lyon.");

        using var app = new GraphApplication(folder, seed);

        var report = Assert.Single(await app.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/reports") ?? []);
        Assert.Equal("2023-05-04", report.GetProperty("date").GetString());
    }

    [Fact]
    public async Task ARestartServesTheSameGraphFromTheDatabaseFile()
    {
        var folder = NewFolder("graph-restart-");
        string before;
        using (var first = new GraphApplication(folder))
        {
            await first.PostReportAsync("Operation Stone was led by the Guardia Civil with Europol and the FBI.");
            before = await first.CreateClient().GetStringAsync("/api/graph");
        }

        using var second = new GraphApplication(folder);
        Assert.Equal(before, await second.CreateClient().GetStringAsync("/api/graph"));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheReportsEndpoint()
    {
        using var app = new GraphApplication();

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/reports", out _));
    }

    [Fact]
    public async Task TheOpenApiDocumentSaysPostingNeedsTheKeyAndWhichBodiesItTakes()
    {
        using var app = new GraphApplication();

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        var reports = document.GetProperty("paths").GetProperty("/api/reports");
        var post = reports.GetProperty("post");
        Assert.True(post.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
        Assert.False(reports.GetProperty("get").TryGetProperty("security", out _));
        var content = post.GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty("application/json", out _));
        Assert.True(content.TryGetProperty("text/plain", out _));
        Assert.All(["400", "401", "413", "415"], status => Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), status));
    }

    [Fact]
    public async Task ThePageIsServedWithAStrictContentSecurityPolicy()
    {
        using var app = new GraphApplication();

        var response = await app.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("<input id=\"search\" type=\"search\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiReferenceRunsItsScriptsByNonceFromThisOriginOnly()
    {
        using var app = new GraphApplication();

        var response = await app.CreateClient().GetAsync("/api/docs/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Regex.Match(policy, "script-src 'self' 'nonce-([^']+)';").Groups[1].Value;
        Assert.NotEmpty(nonce);
        var scripts = Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, tag => Assert.Contains($"nonce=\"{nonce}\"", tag, StringComparison.Ordinal));
        Assert.DoesNotContain("://", string.Join(' ', scripts), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/docs/scalar.js")).StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredKeyOneIsGeneratedKeptOwnerOnlyAndReused()
    {
        var folder = NewFolder("graph-key-");
        string key;
        using (var first = new GeneratedKeyApplication(folder))
        {
            var unauthorised = await first.CreateClient().PostAsync("/api/reports", new StringContent("Europol met INTERPOL."));
            Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
            key = (await File.ReadAllTextAsync(first.DatabaseFile + ".apikey")).Trim();
            Assert.True(key.Length >= 32);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.DatabaseFile + ".apikey"));
            }
        }

        using var second = new GeneratedKeyApplication(folder);
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var posted = await client.PostAsync("/api/reports", new StringContent("Europol met INTERPOL in Lyon."));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string NewFolder(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        _folders.Add(folder);
        return folder;
    }

    /// <summary>The test application with no key configured, as on a first start.</summary>
    private sealed class GeneratedKeyApplication(string folder) : WebApplicationFactory<Program>
    {
        public string DatabaseFile => Path.Combine(folder, "graph.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Graph", $"Data Source={DatabaseFile}");
            builder.UseSetting("Graph:SeedFolder", Directory.CreateDirectory(Path.Combine(folder, "seed")).FullName);
        }
    }
}
