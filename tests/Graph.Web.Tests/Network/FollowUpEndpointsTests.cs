using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Network;

/// <summary>Evidence, node details and paths are read in the view and filters of the picture they were asked from; coverage counts reports.</summary>
public sealed class FollowUpEndpointsTests(NetworkEndpointsTests.Seeded seeded) : IClassFixture<NetworkEndpointsTests.Seeded>
{
    private readonly HttpClient _client = seeded.CreateClient();

    private async Task<JsonElement> Json(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Titles(JsonElement evidence) =>
        [.. evidence.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("title").GetString()!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task EdgeEvidenceWithinADateRangeQuotesOnlyTheEventsInIt()
    {
        var all = await Json("/api/edges/evidence?source=agency:spain-national-police&target=agency:europol");
        var later = await Json("/api/edges/evidence?source=agency:spain-national-police&target=agency:europol&from=2024-05-01");

        Assert.Equal(["Harbour sweep", "Vibora dismantled"], Titles(all));
        Assert.Equal(["Harbour sweep"], Titles(later));
    }

    [Fact]
    public async Task EdgeEvidenceOfTheCountriesViewCountsTheCountriesAgencies()
    {
        var actors = await Json("/api/edges/evidence?source=country:ES&target=country:FR");
        var countries = await Json("/api/edges/evidence?source=country:ES&target=country:FR&view=countries");

        Assert.Equal(["Cyber pact"], Titles(actors));
        Assert.Equal(["Cyber pact", "Vibora dismantled"], Titles(countries));
    }

    [Fact]
    public async Task EdgeEvidenceOfAnEdgeTheFilterLeavesOutIsNotFound()
    {
        var response = await _client.GetAsync("/api/edges/evidence?source=agency:spain-national-police&target=agency:europol&crimeArea=cybercrime");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NodeDetailsListOnlyTheReportsTheDateFilterAdmits()
    {
        var all = await Json("/api/nodes/agency:europol");
        var later = await Json("/api/nodes/agency:europol?from=2024-05-01");

        Assert.Equal(2, all.GetProperty("reports").GetArrayLength());
        Assert.Equal("Harbour sweep", later.GetProperty("reports").EnumerateArray().Single().GetProperty("title").GetString());
    }

    [Fact]
    public async Task NodeDetailsWithABadDateAreAProblem()
    {
        var response = await _client.GetAsync("/api/nodes/agency:europol?from=March");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PathsAreSoughtInTheFilteredView()
    {
        var whole = await Json("/api/paths?source=country:PT&target=agency:europol");
        var cyber = await Json("/api/paths?source=country:PT&target=agency:europol&crimeArea=cybercrime");
        var legacy = await Json("/api/paths?from=country:PT&to=agency:europol");

        Assert.Equal(2, whole.GetProperty("length").GetInt32());
        Assert.Equal(JsonValueKind.Null, cyber.GetProperty("length").ValueKind);
        Assert.Equal(2, legacy.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task CoverageCountsReportsPerCrimeAreaAndRegion()
    {
        var coverage = await Json("/api/coverage");
        int Count(string list, string id) => coverage.GetProperty(list).EnumerateArray().Single(e => e.GetProperty("id").GetString() == id).GetProperty("reports").GetInt32();

        Assert.Equal(2, Count("crimeAreas", "drug-trafficking"));
        Assert.Equal(1, Count("crimeAreas", "cybercrime"));
        Assert.Equal(0, Count("crimeAreas", "terrorism"));
        Assert.Equal(3, Count("regions", "region:southern-europe"));
        Assert.Equal(2, Count("regions", "region:western-europe"));
        Assert.Equal(3, Count("continents", "continent:europe"));
        Assert.Equal(0, Count("continents", "continent:africa"));
    }
}
