using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Web.Tests.Network;

/// <summary>
/// /api/graph's bounded picture on a hand-made weighted graph whose backbone is worked out by hand:
/// DE–IT 6 reports, DE–NL, DE–BE, DE–AT and IT–NL one each. Significance p = (1 − w/s)^(k − 1) per end:
/// DE (s 9, k 4): IT 0.037, NL/BE/AT 0.702; IT (s 7, k 2): DE 0.143, NL 0.857; NL (s 2, k 2): 0.5 each;
/// BE and AT (k 1): 1. So α = 0.05 keeps DE–IT only; α = 0.6 adds DE–NL and IT–NL; α = 0.75 keeps all five.
/// </summary>
public sealed class PictureEndpointsTests : IClassFixture<PictureEndpointsTests.Seeded>
{
    private readonly HttpClient _client;

    public PictureEndpointsTests(Seeded seeded) => _client = seeded.App.CreateClient();

    public sealed class Seeded : IDisposable
    {
        public Seeded()
        {
            for (var i = 0; i < 6; i++)
            {
                Pair($"DE IT {i}", "DE", "IT");
            }

            Pair("DE NL", "DE", "NL");
            Pair("DE BE", "DE", "BE");
            Pair("DE AT", "DE", "AT");
            Pair("IT NL", "IT", "NL");
        }

        public GraphApplication App { get; } = new();

        public void Dispose() => App.Dispose();

        private void Pair(string title, string a, string b) =>
            App.Save(title, new DateOnly(2024, 1, 1), null, null, [$"{a} and {b} worked together ({title})."],
                ("country:" + a, ParticipantRole.Participant, 0), ("country:" + b, ParticipantRole.Participant, 0));
    }

    private async Task<JsonElement> Graph(string query)
    {
        var response = await _client.GetAsync("/api/graph" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] EdgeIds(JsonElement graph) =>
        [.. graph.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    private static string[] NodeIds(JsonElement graph) =>
        [.. graph.GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ASmallViewComesBackWholeAndSaysSo()
    {
        var graph = await Graph("");

        var picture = graph.GetProperty("picture");
        Assert.False(picture.GetProperty("bounded").GetBoolean());
        Assert.Equal(5, graph.GetProperty("nodes").GetArrayLength());
        Assert.Equal(5, graph.GetProperty("edges").GetArrayLength());
        Assert.Equal(5, picture.GetProperty("nodesTotal").GetInt32());
        Assert.Equal(5, picture.GetProperty("edgesKept").GetInt32());
        Assert.Equal("showing all 5 actors and 5 links", picture.GetProperty("statement").GetString());
    }

    [Theory]
    [InlineData("0.05", new[] { "country:DE|country:IT" })]
    [InlineData("0.6", new[] { "country:DE|country:IT", "country:DE|country:NL", "country:IT|country:NL" })]
    [InlineData("0.75", new[] { "country:AT|country:DE", "country:BE|country:DE", "country:DE|country:IT", "country:DE|country:NL", "country:IT|country:NL" })]
    public async Task TheBackboneKeepsTheEdgesSignificantAtAlpha(string alpha, string[] expected)
    {
        var graph = await Graph("?alpha=" + alpha);

        Assert.Equal(expected, EdgeIds(graph));
        var picture = graph.GetProperty("picture");
        Assert.True(picture.GetProperty("bounded").GetBoolean());
        Assert.Equal("backbone", picture.GetProperty("edges").GetString());
        Assert.Equal(double.Parse(alpha, System.Globalization.CultureInfo.InvariantCulture), picture.GetProperty("alpha").GetDouble());
        Assert.Equal(expected.Length, picture.GetProperty("edgesKept").GetInt32());
        Assert.Equal(5, picture.GetProperty("edgesTotal").GetInt32());
    }

    [Fact]
    public async Task TheBudgetKeepsTheStrongestNodesAndStatesTheTotals()
    {
        var graph = await Graph("?budget=2");

        Assert.Equal(["country:DE", "country:IT"], NodeIds(graph));
        Assert.Equal(["country:DE|country:IT"], EdgeIds(graph));
        var picture = graph.GetProperty("picture");
        Assert.Equal((2, 5, 1, 5, 2), (picture.GetProperty("nodesKept").GetInt32(), picture.GetProperty("nodesTotal").GetInt32(),
            picture.GetProperty("edgesKept").GetInt32(), picture.GetProperty("edgesTotal").GetInt32(), picture.GetProperty("budget").GetInt32()));
        Assert.Equal("showing 2 of 5 actors and 1 of 5 links — backbone α = 0.05", picture.GetProperty("statement").GetString());
    }

    [Theory]
    [InlineData("weightedDegree")]
    [InlineData("pagerank")]
    [InlineData("betweenness")]
    public async Task EveryMeasureRanksTheHubFirst(string measure)
    {
        var graph = await Graph("?budget=1&edges=all&measure=" + measure);

        Assert.Equal(["country:DE"], NodeIds(graph));
        Assert.Equal(measure, graph.GetProperty("picture").GetProperty("measure").GetString());
    }

    [Fact]
    public async Task TopKKeepsEachNodesStrongestEdgesTiesByNeighbourId()
    {
        var graph = await Graph("?edges=top&k=1");

        Assert.Equal(["country:AT|country:DE", "country:BE|country:DE", "country:DE|country:IT", "country:DE|country:NL"], EdgeIds(graph));
        Assert.Equal(1, graph.GetProperty("picture").GetProperty("k").GetInt32());
    }

    [Fact]
    public async Task AnIncludedActorOutsideTheBudgetComesInWithItsStrongestNeighbour()
    {
        var graph = await Graph("?budget=1&include=country:AT");

        Assert.Equal(["country:AT", "country:DE"], NodeIds(graph));
        Assert.Equal(["country:AT|country:DE"], EdgeIds(graph));
        Assert.Equal(["country:AT"], graph.GetProperty("picture").GetProperty("include").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Theory]
    [InlineData("?alpha=0", "alpha")]
    [InlineData("?alpha=1.5", "alpha")]
    [InlineData("?budget=0", "budget")]
    [InlineData("?measure=fame", "measure")]
    [InlineData("?edges=some", "edges")]
    [InlineData("?k=x", "k")]
    public async Task BadPictureParametersGetAProblemNamingThem(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/graph" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task IncludingAnUnknownActorIsNotFound()
    {
        var response = await _client.GetAsync("/api/graph?include=country:ZZ");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheRegionsViewFoldsCountriesIntoTheirUnSubregions()
    {
        var graph = await Graph("?view=regions");

        Assert.Equal(["region:central-europe", "region:southern-europe", "region:western-europe"], NodeIds(graph));
        Assert.Equal(["region:central-europe|region:western-europe", "region:southern-europe|region:western-europe"], EdgeIds(graph));
        var south = graph.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data"))
            .Single(d => d.GetProperty("id").GetString() == "region:southern-europe|region:western-europe");
        Assert.Equal(7, south.GetProperty("weight").GetDouble());
        Assert.All(graph.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("region", n.GetProperty("data").GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task ExpandingARegionShowsItsCountriesBesideTheOtherRegions()
    {
        var graph = await Graph("?view=regions&expand=region:western-europe");

        Assert.Equal(["country:BE", "country:DE", "country:NL", "region:central-europe", "region:southern-europe"], NodeIds(graph));
        Assert.Contains("country:BE|country:DE", EdgeIds(graph));
    }

    [Fact]
    public async Task TheContinentsViewFoldsEuropeIntoOneNode()
    {
        var graph = await Graph("?view=continents");

        Assert.Equal(["continent:europe"], NodeIds(graph));
        Assert.Empty(EdgeIds(graph));
    }
}
