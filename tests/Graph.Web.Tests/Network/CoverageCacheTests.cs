using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Web.Tests.Network;

/// <summary>/api/coverage is counted once per store version: repeated reads agree, a stored report is counted in the next.</summary>
public sealed class CoverageCacheTests : IDisposable
{
    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task CoverageIsCountedAgainAfterANewReport()
    {
        _app.Save("Vibora dismantled", new DateOnly(2024, 3, 1), "Operation Vibora", "drug-trafficking",
            ["The Spanish National Police led Operation Vibora with officers in France."],
            ("agency:spain-national-police", ParticipantRole.Lead, 0), ("country:FR", ParticipantRole.Participant, 0));
        var client = _app.CreateClient();
        var first = await client.GetFromJsonAsync<JsonElement>("/api/coverage");
        var again = await client.GetFromJsonAsync<JsonElement>("/api/coverage");

        _app.Save("Cyber pact", new DateOnly(2025, 1, 15), null, "drug-trafficking",
            ["Kenya and France signed a pact."], ("country:KE", ParticipantRole.Participant, 0), ("country:FR", ParticipantRole.Participant, 0));
        var after = await client.GetFromJsonAsync<JsonElement>("/api/coverage");

        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal((1, 1, 0), (Count(first, "crimeAreas", "drug-trafficking"), Count(first, "continents", "continent:europe"), Count(first, "continents", "continent:africa")));
        Assert.Equal((2, 2, 1), (Count(after, "crimeAreas", "drug-trafficking"), Count(after, "continents", "continent:europe"), Count(after, "continents", "continent:africa")));
    }

    private static int Count(JsonElement coverage, string list, string id) =>
        coverage.GetProperty(list).EnumerateArray().Single(e => e.GetProperty("id").GetString() == id).GetProperty("reports").GetInt32();
}
