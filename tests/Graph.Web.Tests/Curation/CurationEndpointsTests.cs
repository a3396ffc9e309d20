using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Curation;

public sealed class CurationEndpointsTests : IDisposable
{
    private const string Vibora = """
        Operation Vibora: Europol and the Spanish National Police dismantle a smuggling ring
        Madrid, 12 March 2024. The operation was led by the Spanish National Police with the support of Europol and the French Gendarmerie. Investigators from Portugal also took part.
        """;

    private const string Later = """
        Interpol and Brazil seize weapons
        Brasilia, 9 May 2024. INTERPOL coordinated an operation with the Federal Police of Brazil and the Argentine Federal Police against arms trafficking.
        """;

    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<JsonElement> GraphAsync(string query = "")
    {
        using var response = await _app.CreateClient().GetAsync("/api/graph?view=actors" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement graph) => graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data"));

    [Fact]
    public async Task PostingAMergeRecordsTheKeysNameAndMarksTheKeptNodeCurated()
    {
        (await _app.PostReportAsync(Vibora)).EnsureSuccessStatusCode();
        var agencies = Nodes(await GraphAsync()).Where(n => n.GetProperty("kind").GetString() == "agency").Select(n => n.GetProperty("id").GetString()!).ToList();
        var other = agencies.First(a => a != "agency:europol");

        using var posted = await _app.CreateWriter().PostAsJsonAsync("/api/edits", new { kind = "merge", actor = "agency:europol", other, reason = "test merge" });

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var edit = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("default", edit.GetProperty("author").GetString());
        Assert.Equal("merge", edit.GetProperty("kind").GetString());
        var nodes = Nodes(await GraphAsync()).ToList();
        Assert.DoesNotContain(nodes, n => n.GetProperty("id").GetString() == other);
        Assert.True(nodes.Single(n => n.GetProperty("id").GetString() == "agency:europol").GetProperty("curated").GetBoolean());
        Assert.Contains(nodes, n => !n.TryGetProperty("curated", out _));
    }

    [Fact]
    public async Task UndoingAnEditThroughTheApiRestoresTheGraphAndTheLogKeepsBoth()
    {
        (await _app.PostReportAsync(Vibora)).EnsureSuccessStatusCode();
        var before = (await GraphAsync()).GetProperty("nodes").GetRawText();
        using var posted = await _app.CreateWriter().PostAsJsonAsync("/api/edits", new { kind = "rename", actor = "agency:europol", name = "EU Police", reason = "try" });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        using var undone = await _app.CreateWriter().PostAsJsonAsync($"/api/edits/{id}/undo", new { reason = "back" });
        using var twice = await _app.CreateWriter().PostAsJsonAsync($"/api/edits/{id}/undo", new { reason = "again" });

        Assert.Equal(HttpStatusCode.Created, undone.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(before, (await GraphAsync()).GetProperty("nodes").GetRawText());
        var log = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/edits");
        Assert.Equal([false, true], log.EnumerateArray().Select(e => e.GetProperty("inForce").GetBoolean()));
    }

    [Fact]
    public async Task ABadEditIsAProblemAndLeavesTheLogEmpty()
    {
        (await _app.PostReportAsync(Vibora)).EnsureSuccessStatusCode();

        using var unknown = await _app.CreateWriter().PostAsJsonAsync("/api/edits", new { kind = "merge", actor = "agency:europol", other = "agency:nobody", reason = "x" });
        using var noReason = await _app.CreateWriter().PostAsJsonAsync("/api/edits", new { kind = "rename", actor = "agency:europol", name = "X" });
        using var badKind = await _app.CreateWriter().PostAsJsonAsync("/api/edits", new { kind = "delete-everything", reason = "x" });
        using var noKey = await _app.CreateClient().PostAsJsonAsync("/api/edits", new { kind = "rename", actor = "agency:europol", name = "X", reason = "x" });

        foreach (var response in new[] { unknown, noReason, badKind })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(0, (await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/edits")).GetArrayLength());
    }

    [Fact]
    public async Task APinnedSnapshotShowsTheSameDataAfterNewReportsArrive()
    {
        (await _app.PostReportAsync(Vibora)).EnsureSuccessStatusCode();
        using var frozen = await _app.CreateWriter().PostAsync("/api/snapshots", null);
        Assert.Equal(HttpStatusCode.Created, frozen.StatusCode);
        var hash = (await frozen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hash").GetString()!;
        var pinned = (await GraphAsync("&snapshot=" + hash)).GetProperty("nodes").GetRawText();
        var archive = await _app.CreateClient().GetByteArrayAsync($"/api/snapshots/{hash}/archive?view=actors&layout=fcose&seed=7");

        (await _app.PostReportAsync(Later)).EnsureSuccessStatusCode();

        Assert.Equal(pinned, (await GraphAsync("&snapshot=" + hash)).GetProperty("nodes").GetRawText());
        Assert.NotEqual(pinned, (await GraphAsync()).GetProperty("nodes").GetRawText());
        var again = await _app.CreateClient().GetByteArrayAsync($"/api/snapshots/{hash}/archive?view=actors&layout=fcose&seed=7");
        Assert.Equal(Entry(archive, "graph.graphml"), Entry(again, "graph.graphml"));
        var edge = (await GraphAsync("&snapshot=" + hash)).GetProperty("edges")[0].GetProperty("data");
        var evidence = await _app.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/edges/evidence?snapshot={hash}&source={edge.GetProperty("source").GetString()}&target={edge.GetProperty("target").GetString()}");
        Assert.Equal("Operation Vibora: Europol and the Spanish National Police dismantle a smuggling ring", evidence.GetProperty("evidence")[0].GetProperty("title").GetString());
        Assert.NotEmpty(evidence.GetProperty("evidence")[0].GetProperty("sentences").EnumerateArray());
        using var missing = await _app.CreateClient().GetAsync("/api/graph?snapshot=" + new string('0', 64));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static byte[] Entry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var entry = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }
}
