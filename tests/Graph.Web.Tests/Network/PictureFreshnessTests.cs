using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Network;

/// <summary>
/// A bounded picture is read from the tallies' totals and cached per store version: a report posted
/// after it was drawn is in the very next /api/graph, through the HTTP pipeline over a real SQLite file.
/// </summary>
public sealed class PictureFreshnessTests
{
    [Fact]
    public async Task AReportPostedAfterAPictureWasDrawnIsInTheNextPicture()
    {
        using var app = new GraphApplication();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await app.PostReportAsync(
            "Operation Harbour was led by the Guardia Civil with Europol and the Polícia Judiciária. Officers in Spain and Portugal arrested 12 people.",
            date: "2024-03-01")).StatusCode);
        var before = await Picture(client);

        Assert.Equal(HttpStatusCode.Created, (await app.PostReportAsync(
            "Operation Lake was led by the Bundeskriminalamt with Europol. Officers in Germany and Austria arrested 5 people.",
            date: "2024-04-01")).StatusCode);
        var after = await Picture(client);

        Assert.True(before.GetProperty("picture").GetProperty("bounded").GetBoolean());
        Assert.DoesNotContain("country:DE", NodeIds(before));
        Assert.Contains("country:DE", NodeIds(after));
        Assert.Superset(NodeIds(before).ToHashSet(), NodeIds(after).ToHashSet());
        Assert.True(after.GetProperty("picture").GetProperty("nodesTotal").GetInt32() > before.GetProperty("picture").GetProperty("nodesTotal").GetInt32());
    }

    // An explicit budget bounds even a small view, so the picture takes the route that reads the tallies' totals.
    private static async Task<JsonElement> Picture(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/graph?budget=50&edges=all");

    private static string[] NodeIds(JsonElement graph) =>
        [.. graph.GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("id").GetString()!)];
}
