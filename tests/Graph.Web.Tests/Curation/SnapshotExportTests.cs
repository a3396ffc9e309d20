using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Curation;

/// <summary>Every export and the metrics honour snapshot=HASH: a pinned link keeps giving the frozen data.</summary>
public sealed class SnapshotExportTests : IDisposable
{
    private const string Vibora = """
        Operation Vibora: Europol and the Spanish National Police dismantle a smuggling ring
        Madrid, 12 March 2024. The operation was led by the Spanish National Police with the support of Europol and the French Gendarmerie. Investigators from Portugal also took part.
        """;

    private const string Later = """
        Interpol and Brazil seize weapons
        Brasilia, 9 May 2024. INTERPOL coordinated an operation with the Federal Police of Brazil and the Argentine Federal Police against arms trafficking.
        """;

    private static readonly string[] Exports =
    [
        "/api/export?format=graphml&view=actors",
        "/api/export?format=gexf&view=countries",
        "/api/export?format=nodes-csv&view=actors",
        "/api/export?format=edges-csv&view=actors&weighting=reports",
        "/api/export?format=cytoscape&view=agencies",
        "/api/export/evidence?view=actors",
        "/api/export/panel?period=month&zeros=true",
        "/api/export/dynamic-gexf?view=actors",
        "/api/metrics?view=actors",
        "/api/communities?view=actors",
    ];

    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<byte[]> GetAsync(string path)
    {
        using var response = await _app.CreateClient().GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<string> FreezeAsync()
    {
        (await _app.PostReportAsync(Vibora)).EnsureSuccessStatusCode();
        using var frozen = await _app.CreateWriter().PostAsync("/api/snapshots", null);
        Assert.Equal(HttpStatusCode.Created, frozen.StatusCode);
        return (await frozen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hash").GetString()!;
    }

    [Fact]
    public async Task ASnapshotsExportsAndMetricsStayTheSameBytesAfterANewReportWhileTheLiveOnesChange()
    {
        var hash = await FreezeAsync();
        var pinned = new Dictionary<string, byte[]>();
        var live = new Dictionary<string, byte[]>();
        foreach (var path in Exports)
        {
            pinned[path] = await GetAsync($"{path}&snapshot={hash}");
            live[path] = await GetAsync(path);
        }

        (await _app.PostReportAsync(Later)).EnsureSuccessStatusCode();

        foreach (var path in Exports)
        {
            Assert.Equal(pinned[path], await GetAsync($"{path}&snapshot={hash}"));
            Assert.NotEqual(live[path], await GetAsync(path));
        }
    }

    [Fact]
    public async Task TheCsvZipOfASnapshotHoldsTheSameTablesAfterANewReport()
    {
        var hash = await FreezeAsync();
        var before = Tables(await GetAsync($"/api/export?format=csv&view=actors&snapshot={hash}"));

        (await _app.PostReportAsync(Later)).EnsureSuccessStatusCode();

        Assert.Equal(before, Tables(await GetAsync($"/api/export?format=csv&view=actors&snapshot={hash}")));
        Assert.NotEqual(before, Tables(await GetAsync("/api/export?format=csv&view=actors")));
    }

    [Fact]
    public async Task AnUnknownSnapshotIsANotFoundProblemForEveryExport()
    {
        await FreezeAsync();
        foreach (var path in Exports.Append("/api/export?format=csv"))
        {
            using var response = await _app.CreateClient().GetAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}snapshot={new string('0', 64)}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static string Tables(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return string.Join("\n--\n", archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return e.FullName + "\n" + reader.ReadToEnd();
        }));
    }
}
