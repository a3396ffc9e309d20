using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Web.Tests.Network;

/// <summary>Answers sized for the wire: compressed bodies, paged reports and evidence.</summary>
public sealed class WireSizeTests : IDisposable
{
    private readonly GraphApplication _app = new();

    public WireSizeTests()
    {
        _app.Save("Vibora dismantled", new DateOnly(2024, 3, 1), "Operation Vibora", "drug-trafficking",
            ["The Spanish National Police led Operation Vibora.", "Europol supported the investigation.", "Officers in France made arrests."],
            ("agency:spain-national-police", ParticipantRole.Lead, 0), ("agency:europol", ParticipantRole.Participant, 1), ("country:FR", ParticipantRole.Participant, 2));
        _app.Save("Harbour sweep", new DateOnly(2024, 6, 10), "Operation Harbour", "drug-trafficking",
            ["Spanish police joined the port sweep.", "Europol coordinated the data."],
            ("agency:spain-national-police", ParticipantRole.Participant, 0), ("agency:europol", ParticipantRole.Participant, 1));
        _app.Save("Cyber pact", new DateOnly(2025, 1, 15), null, "cybercrime",
            ["Spain and Portugal signed a cyber pact.", "France joined it later."],
            ("country:ES", ParticipantRole.Participant, 0), ("country:PT", ParticipantRole.Participant, 0), ("country:FR", ParticipantRole.Participant, 1));
    }

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task JsonIsCompressedWhenTheClientAcceptsIt(string encoding)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);

        var response = await client.GetAsync("/api/graph");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task ACachedGraphKeepsOneCompressedAnswerPerEncoding()
    {
        async Task<(string? Encoding, byte[] Body)> Get(string? encoding)
        {
            using var client = _app.CreateClient();
            if (encoding is not null)
            {
                client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);
            }

            var response = await client.GetAsync("/api/graph?view=countries");
            return (response.Content.Headers.ContentEncoding.SingleOrDefault(), await response.Content.ReadAsByteArrayAsync());
        }

        var brotli = await Get("br");
        var plain = await Get(null);
        var gzip = await Get("gzip");
        var brotliAgain = await Get("br");

        Assert.Equal(("br", "gzip"), (brotli.Encoding, gzip.Encoding));
        Assert.Null(plain.Encoding);
        Assert.Equal(brotli.Body, brotliAgain.Body);
        var text = System.Text.Encoding.UTF8.GetString(plain.Body);
        Assert.Equal(text, Decoded(new System.IO.Compression.BrotliStream(new MemoryStream(brotli.Body), System.IO.Compression.CompressionMode.Decompress)));
        Assert.Equal(text, Decoded(new System.IO.Compression.GZipStream(new MemoryStream(gzip.Body), System.IO.Compression.CompressionMode.Decompress)));
    }

    private static string Decoded(Stream compressed)
    {
        using var reader = new StreamReader(compressed);
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task ReportsComeAPageAtATimeWithALinkToTheNext()
    {
        var client = _app.CreateClient();
        var first = await client.GetAsync("/api/reports?limit=2");
        var firstPage = await first.Content.ReadFromJsonAsync<JsonElement[]>();
        var next = Assert.Single(first.Headers.GetValues("Link"));
        var url = next[1..next.IndexOf('>', StringComparison.Ordinal)];
        var second = await client.GetAsync(url);
        var secondPage = await second.Content.ReadFromJsonAsync<JsonElement[]>();

        Assert.Equal(["Cyber pact", "Harbour sweep"], firstPage!.Select(r => r.GetProperty("title").GetString()!));
        Assert.Equal(["Vibora dismantled"], secondPage!.Select(r => r.GetProperty("title").GetString()!));
        Assert.False(second.Headers.Contains("Link"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/reports?cursor=nonsense")).StatusCode);
    }

    [Fact]
    public async Task EdgeEvidenceComesAPageAtATime()
    {
        var client = _app.CreateClient();
        const string edge = "/api/edges/evidence?source=agency:spain-national-police&target=agency:europol&limit=1";
        var first = await client.GetFromJsonAsync<JsonElement>(edge);
        var second = await client.GetFromJsonAsync<JsonElement>(edge + "&cursor=" + first.GetProperty("next").GetString());

        Assert.Equal(2, first.GetProperty("reports").GetInt32());
        Assert.Equal("Vibora dismantled", Assert.Single(first.GetProperty("evidence").EnumerateArray().ToArray()).GetProperty("title").GetString());
        Assert.Equal("Harbour sweep", Assert.Single(second.GetProperty("evidence").EnumerateArray().ToArray()).GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task ANewReportShowsInTheNextGraph()
    {
        var client = _app.CreateClient();
        var before = await client.GetFromJsonAsync<JsonElement>("/api/graph?view=countries");
        _app.Save("Lisbon meeting", new DateOnly(2025, 2, 1), null, null,
            ["Portugal and Spain agreed to share records."],
            ("country:PT", ParticipantRole.Participant, 0), ("country:ES", ParticipantRole.Participant, 0));
        var after = await client.GetFromJsonAsync<JsonElement>("/api/graph?view=countries");

        Assert.Equal(1, Weight(before, "country:ES|country:PT"));
        Assert.Equal(2, Weight(after, "country:ES|country:PT"));
    }

    private static double Weight(JsonElement graph, string id) =>
        graph.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).Single(d => d.GetProperty("id").GetString() == id).GetProperty("weight").GetDouble();
}
