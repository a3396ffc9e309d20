using System.Text.Json;
using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;
using Graph.Core.Vocabulary;

namespace Graph.Core.Tests.Extraction;

/// <summary>Reports written for these tests, each beside the extraction a careful reader expects.</summary>
public sealed class ExtractionFixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures");

    public static TheoryData<string> Reports => [.. Directory.GetFiles(Folder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Theory]
    [MemberData(nameof(Reports))]
    public void TheReportYieldsTheExpectedActorsAndEvents(string name)
    {
        var extraction = Extract(File.ReadAllText(Path.Combine(Folder, name + ".txt")));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json")));
        var root = expected.RootElement;

        Assert.Equal(root.GetProperty("date").GetString(), IsoDate.Format(extraction.Date));
        Assert.Equal(Strings(root, "countries"), extraction.Actors.Where(a => a.Kind == ActorKind.Country).Select(a => a.CountryCode!).Order());
        Assert.Equal(Strings(root, "agencies"), extraction.Actors.Where(a => a.Kind == ActorKind.Agency).Select(a => a.Id).Order());
        var expectedEvents = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(expectedEvents.Count, extraction.Events.Count);
        foreach (var (want, got) in expectedEvents.Zip(extraction.Events))
        {
            Assert.Equal(want.GetProperty("name").GetString(), got.Name);
            Assert.Equal(want.GetProperty("crimeArea").GetString(), got.CrimeArea);
            Assert.Equal(Strings(want, "leads"), got.LeadIds.Order());
            Assert.Equal(Strings(want, "participants"), got.ParticipantIds.Order());
            Assert.Equal(want.GetProperty("arrests").GetInt32(), got.Figures[FigureKeys.Arrests]);
        }
    }

    private static List<string> Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).Order()];
}
