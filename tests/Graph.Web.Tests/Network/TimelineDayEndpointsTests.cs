using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Web.Tests.Network;

public sealed class TimelineDayEndpointsTests : IDisposable
{
    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task DaysCountTheReportsOfEachDateOldestFirstAndStateTheUndated()
    {
        Save("Raid one", new DateOnly(2024, 6, 10));
        Save("Raid two", new DateOnly(2024, 3, 1));
        Save("Raid three", new DateOnly(2024, 6, 10));
        Save("Undated raid", null);

        using var document = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/api/timeline/days"));
        var root = document.RootElement;

        Assert.Equal(4, root.GetProperty("reports").GetInt32());
        Assert.Equal(1, root.GetProperty("undated").GetInt32());
        Assert.Equal(
            ["2024-03-01:1", "2024-06-10:2"],
            root.GetProperty("days").EnumerateArray().Select(d => $"{d.GetProperty("date").GetString()}:{d.GetProperty("reports").GetInt32()}"));
    }

    [Fact]
    public async Task DaysOfAnEmptyStoreAreEmpty()
    {
        using var document = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/api/timeline/days"));

        Assert.Equal(0, document.RootElement.GetProperty("reports").GetInt32());
        Assert.Empty(document.RootElement.GetProperty("days").EnumerateArray());
    }

    private void Save(string title, DateOnly? date) =>
        _app.Save(title, date, null, "cybercrime", [$"{title}: Spain and Portugal worked together."],
            ("country:ES", ParticipantRole.Participant, 0), ("country:PT", ParticipantRole.Participant, 0));
}
