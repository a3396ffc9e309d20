using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Web.Tests.Network;

public sealed class NetworkCacheTests
{
    [Fact]
    public async Task GraphShowsAReportSavedAfterTheFirstRequest()
    {
        using var factory = new GraphApplication();
        var client = factory.CreateClient();
        factory.Save("First", new DateOnly(2024, 1, 1), null, null, ["Spain and France met."],
            ("country:ES", ParticipantRole.Participant, 0), ("country:FR", ParticipantRole.Participant, 0));
        var before = await client.GetFromJsonAsync<JsonElement>("/api/graph");

        factory.Save("Second", new DateOnly(2024, 2, 1), null, null, ["Portugal met Spain."],
            ("country:PT", ParticipantRole.Participant, 0), ("country:ES", ParticipantRole.Participant, 0));
        var after = await client.GetFromJsonAsync<JsonElement>("/api/graph");

        Assert.Equal(2, before.GetProperty("nodes").GetArrayLength());
        Assert.Equal(3, after.GetProperty("nodes").GetArrayLength());
    }
}
