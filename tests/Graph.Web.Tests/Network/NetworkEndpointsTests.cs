using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Web.Tests.Network;

public sealed class NetworkEndpointsTests : IClassFixture<NetworkEndpointsTests.Seeded>
{
    private readonly HttpClient _client;

    public NetworkEndpointsTests(Seeded seeded) => _client = seeded.CreateClient();

    /// <summary>Three reports: Vibora (police led, Europol, France), Harbour (police, Europol), a pact (Spain, Portugal, France).</summary>
    public sealed class Seeded : IDisposable
    {
        public Seeded()
        {
            App.Save("Vibora dismantled", new DateOnly(2024, 3, 1), "Operation Vibora", "drug-trafficking",
                ["The Spanish National Police led Operation Vibora.", "Europol supported the investigation.", "Officers in France made arrests."],
                ("agency:spain-national-police", ParticipantRole.Lead, 0), ("agency:europol", ParticipantRole.Participant, 1), ("country:FR", ParticipantRole.Participant, 2));
            App.Save("Harbour sweep", new DateOnly(2024, 6, 10), "Operation Harbour", "drug-trafficking",
                ["Spanish police joined the port sweep.", "Europol coordinated the data."],
                ("agency:spain-national-police", ParticipantRole.Participant, 0), ("agency:europol", ParticipantRole.Participant, 1));
            App.Save("Cyber pact", new DateOnly(2025, 1, 15), null, "cybercrime",
                ["Spain and Portugal signed a cyber pact.", "France joined it later."],
                ("country:ES", ParticipantRole.Participant, 0), ("country:PT", ParticipantRole.Participant, 0), ("country:FR", ParticipantRole.Participant, 1));
        }

        public GraphApplication App { get; } = new();

        public HttpClient CreateClient() => App.CreateClient();

        public void Dispose() => App.Dispose();
    }

    private async Task<JsonElement> Json(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Edge(JsonElement graph, string id) =>
        graph.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).Single(d => d.GetProperty("id").GetString() == id);

    [Fact]
    public async Task GraphReturnsCytoscapeElementsWithMetricsInData()
    {
        var graph = await Json("/api/graph");

        Assert.Equal(5, graph.GetProperty("nodes").GetArrayLength());
        Assert.Equal(6, graph.GetProperty("edges").GetArrayLength());
        var europol = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).Single(d => d.GetProperty("id").GetString() == "agency:europol");
        Assert.Equal("agency", europol.GetProperty("kind").GetString());
        Assert.Equal(2, europol.GetProperty("degree").GetInt32());
        foreach (var metric in new[] { "weightedDegree", "betweenness", "closeness", "pagerank", "eigenvector", "clustering", "core", "community" })
        {
            Assert.True(europol.TryGetProperty(metric, out _), metric);
        }

        var edge = Edge(graph, "agency:europol|agency:spain-national-police");
        Assert.Equal(2, edge.GetProperty("weight").GetDouble());
        Assert.Equal("led", edge.GetProperty("kind").GetString());
        Assert.Equal(2, edge.GetProperty("reportCount").GetInt32());
        Assert.Equal("2024-03-01", edge.GetProperty("since").GetString());
        Assert.Equal("together", Edge(graph, "agency:europol|country:FR").GetProperty("kind").GetString());
        Assert.Equal(1, graph.GetProperty("stats").GetProperty("components").GetInt32());
    }

    [Fact]
    public async Task CountryViewFoldsAgenciesIntoTheirCountry()
    {
        var graph = await Json("/api/graph?view=countries");

        Assert.Equal(3, graph.GetProperty("nodes").GetArrayLength());
        Assert.Equal(2, Edge(graph, "country:ES|country:FR").GetProperty("weight").GetDouble());
    }

    [Fact]
    public async Task DateRangeKeepsOnlyTheEventsInside()
    {
        var graph = await Json("/api/graph?from=2024-06-01&to=2024-12-31");

        Assert.Equal(2, graph.GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, Edge(graph, "agency:europol|agency:spain-national-police").GetProperty("weight").GetDouble());
    }

    [Fact]
    public async Task DateRangeWithoutEventsGivesAnEmptyGraph()
    {
        var graph = await Json("/api/graph?from=1990-01-01&to=1990-12-31&view=bipartite");

        Assert.Equal(0, graph.GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, graph.GetProperty("stats").GetProperty("components").GetInt32());
    }

    [Fact]
    public async Task EgoNetworkKeepsTheCentreAndItsNeighbours()
    {
        var graph = await Json("/api/graph?center=country:PT&depth=1");

        var ids = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString()).Order();
        Assert.Equal(["country:ES", "country:FR", "country:PT"], ids);
    }

    [Theory]
    [InlineData("/api/graph?view=planets", "view")]
    [InlineData("/api/graph?from=2024-02-30", "from")]
    [InlineData("/api/graph?from=2025-01-01&to=2024-01-01", "from")]
    [InlineData("/api/graph?minWeight=heavy", "minWeight")]
    [InlineData("/api/metrics?kinds=planet", "kinds")]
    [InlineData("/api/export?format=pdf", "format")]
    public async Task BadQueryReturnsProblemDetailsNamingTheParameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("/api/graph?center=agency:nobody")]
    [InlineData("/api/edges/evidence?source=agency:nobody&target=agency:europol")]
    [InlineData("/api/paths?from=country:ES&to=country:ZZ")]
    [InlineData("/api/edges/evidence?source=country:ES&target=agency:europol")]
    public async Task UnknownActorOrMissingEdgeReturnsNotFoundProblem(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EdgeEvidenceQuotesEverySentenceWithItsReport()
    {
        var evidence = await Json("/api/edges/evidence?source=agency:spain-national-police&target=agency:europol");

        Assert.Equal(2, evidence.GetProperty("weight").GetDouble());
        var items = evidence.GetProperty("evidence").EnumerateArray().ToArray();
        Assert.Equal(["Vibora dismantled", "Harbour sweep"], items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal("2024-03-01", items[0].GetProperty("date").GetString());
        Assert.StartsWith("https://example.org/", items[0].GetProperty("url").GetString());
        Assert.Equal(["The Spanish National Police led Operation Vibora.", "Europol supported the investigation."],
            items[0].GetProperty("sentences").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task PathGivesEachStepWithItsEvidence()
    {
        var path = await Json("/api/paths?from=agency:spain-national-police&to=country:PT");

        Assert.Equal(2, path.GetProperty("length").GetInt32());
        var only = Assert.Single(path.GetProperty("paths").EnumerateArray());
        Assert.Equal(["agency:spain-national-police", "country:FR", "country:PT"], only.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()));
        var steps = only.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal("Vibora dismantled", steps[0].GetProperty("evidence")[0].GetProperty("title").GetString());
        Assert.Equal("Cyber pact", steps[1].GetProperty("evidence")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task MetricsTableHasARowPerNodeAndTheStats()
    {
        var table = await Json("/api/metrics?view=countries");

        Assert.Equal(3, table.GetProperty("nodes").GetArrayLength());
        Assert.Equal(3, table.GetProperty("stats").GetProperty("edges").GetInt32());
        Assert.True(table.GetProperty("nodes")[0].TryGetProperty("weightedBetweenness", out _));
    }

    [Fact]
    public async Task CommunitiesCoverEveryNodeAndReportModularity()
    {
        var communities = await Json("/api/communities");

        var members = communities.GetProperty("communities").EnumerateArray().Sum(c => c.GetProperty("size").GetInt32());
        Assert.Equal(5, members);
        Assert.True(communities.GetProperty("modularity").GetDouble() >= 0);
    }

    [Fact]
    public async Task GraphMLExportIsADownloadOfTheFilteredView()
    {
        var response = await _client.GetAsync("/api/export?format=graphml&view=countries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("graph-countries.graphml", response.Content.Headers.ContentDisposition?.FileName);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Contains("<node id=\"country:PT\">", xml);
        Assert.DoesNotContain("agency:europol", xml);
    }

    [Fact]
    public async Task CsvExportIsAZipOfNodesAndEdges()
    {
        var bytes = await _client.GetByteArrayAsync("/api/export?format=csv");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(["edges.csv", "nodes.csv"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task TimelineListsReportDatesInOrder()
    {
        var timeline = await Json("/api/timeline");

        Assert.Equal(["2024-03-01", "2024-06-10", "2025-01-15"], timeline.EnumerateArray().Select(e => e.GetProperty("date").GetString()));
    }
}
