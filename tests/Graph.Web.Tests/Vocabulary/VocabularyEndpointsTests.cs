using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Vocabulary;
using Graph.Web.Tests.Network;

namespace Graph.Web.Tests.Vocabulary;

public sealed class VocabularyEndpointsTests : IDisposable
{
    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<JsonElement> Json(string url)
    {
        var response = await _app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Names(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetProperty("name").GetString() ?? "")];

    [Fact]
    public async Task VocabularyServesEveryMetricViewCrimeAreaAndRoleFromTheirOneDefinition()
    {
        var vocabulary = await Json("/api/vocabulary");

        Assert.Equal(NodeMetricCatalog.All.Select(m => m.Name), Names(vocabulary.GetProperty("metrics")));
        Assert.Contains("weightedBetweenness", Names(vocabulary.GetProperty("metrics")));
        Assert.Equal(ViewCatalog.All.Select(v => v.Name), Names(vocabulary.GetProperty("views")));
        Assert.Equal(CrimeAreas.All, Names(vocabulary.GetProperty("crimeAreas")));
        Assert.Equal(RoleNames.All, vocabulary.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("yyyy-MM-dd", vocabulary.GetProperty("dateFormat").GetString());
        Assert.Equal("Blue", vocabulary.GetProperty("palette").GetProperty("kinds").GetProperty("country").GetProperty("colourName").GetString());
    }

    [Fact]
    public async Task EveryCatalogueMetricReachesTheGraphAndTheMetricTable()
    {
        _app.Save("Vibora", new DateOnly(2024, 3, 1), "Operation Vibora", "drug-trafficking",
            ["The Spanish National Police led Operation Vibora.", "Europol supported it."],
            ("agency:spain-national-police", ParticipantRole.Lead, 0), ("agency:europol", ParticipantRole.Participant, 1));

        var node = (await Json("/api/graph")).GetProperty("nodes")[0].GetProperty("data");
        var row = (await Json("/api/metrics")).GetProperty("nodes")[0];

        foreach (var metric in NodeMetricCatalog.All)
        {
            Assert.True(node.TryGetProperty(metric.Name, out _), $"graph lacks {metric.Name}");
            Assert.True(row.TryGetProperty(metric.Name, out _), $"metric table lacks {metric.Name}");
        }
    }
}
