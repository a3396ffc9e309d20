using System.Net;

namespace Graph.Web.Tests.Network;

public sealed class EvidenceExportTests(NetworkEndpointsTests.Seeded seeded) : IClassFixture<NetworkEndpointsTests.Seeded>
{
    private readonly HttpClient _client = seeded.CreateClient();

    private async Task<string[][]> Rows(string query)
    {
        var response = await _client.GetAsync("/api/export/evidence" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // The seeded titles and sentences hold no commas or quotes, so a plain split reads them.
        return [.. lines.Select(l => l.Split(','))];
    }

    [Fact]
    public async Task EvidenceExportListsEachEdgesReportsWithTitleDateOperationAndSentence()
    {
        var rows = await Rows("");

        Assert.Equal(["source", "target", "reportId", "reportTitle", "reportDate", "reportUrl", "operation", "sentence"], rows[0]);
        var europolAndPolice = rows.Skip(1).Where(r => new[] { r[0], r[1] }.Order().SequenceEqual(["agency:europol", "agency:spain-national-police"])).ToList();
        Assert.Contains(europolAndPolice, r => r[3] == "Vibora dismantled" && r[4] == "2024-03-01" && r[7] == "Europol supported the investigation.");
        Assert.Contains(europolAndPolice, r => r[3] == "Harbour sweep" && r[7] == "Europol coordinated the data.");
    }

    [Fact]
    public async Task EvidenceExportKeepsOnlyReportsInsideTheDateFilter()
    {
        var rows = await Rows("?from=2024-05-01");

        Assert.DoesNotContain(rows.Skip(1), r => r[3] == "Vibora dismantled");
        Assert.Contains(rows.Skip(1), r => r[3] == "Harbour sweep");
    }

    [Fact]
    public async Task EvidenceExportWithABadPerEdgeLimitIsAProblem()
    {
        var response = await _client.GetAsync("/api/export/evidence?perEdge=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
