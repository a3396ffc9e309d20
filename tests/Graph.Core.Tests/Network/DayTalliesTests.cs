using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Network;

/// <summary>
/// A date range's cut days counted straight into sums give the rows the recount through each report's tallies gives:
/// the same nodes and pairs in the same order, the same counts, first appearances, sources and Newman shares to the
/// last bit, for every view, counted by report or by operation, over every crime area or one.
/// </summary>
public sealed class DayTalliesTests
{
    private static readonly Dictionary<string, Actor> Actors = MakeActors();

    public static TheoryData<string, string> Scopes()
    {
        var scopes = new TheoryData<string, string>();
        foreach (var view in new[] { "actors", "countries", "agencies" })
        {
            foreach (var area in new[] { TallyScope.All, "drugs" })
            {
                scopes.Add(view, area);
                scopes.Add(OperationTallies.Prefix + view, area);
            }
        }

        return scopes;
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void CountedSumsEqualTheRecountOfEachReportsTallies(string name, string area)
    {
        // Two runs of days, as a range cut at both ends is counted: the second adds to the first's sums.
        var early = Days(seed: 11, firstEvent: 1, firstReport: 1);
        var late = Days(seed: 23, firstEvent: 5000, firstReport: 900);

        var expected = new TallyMerge();
        AggregateNetworkBuilder.Recount(expected, early, Actors, name, area);
        AggregateNetworkBuilder.Recount(expected, late, Actors, name, area);
        var counted = new DayTallies(name, area, Actors);
        counted.Add(early);
        counted.Add(late);

        var want = expected.ToSet(name, "2024-02", area);
        var got = counted.ToSet("2024-02");
        Assert.NotEmpty(want.Edges);
        Assert.Equal(want.Nodes, got.Nodes);
        Assert.Equal(want.Edges, got.Edges);
        Assert.Equal(want.Edges.Select(e => BitConverter.DoubleToInt64Bits(e.Newman)), got.Edges.Select(e => BitConverter.DoubleToInt64Bits(e.Newman)));
    }

    [Fact]
    public void EventsOfAnotherAreaAndActorsTheViewLeavesOutAddNothing()
    {
        IReadOnlyList<DayEvent> events =
        [
            new(1, 1, new DateOnly(2024, 3, 2), "Fraud", null, [("agency:a0", true), ("agency:b1", false)]),
            new(2, 2, new DateOnly(2024, 3, 3), "DRUGS", null, [("country:AA", false), ("agency:c2", false), ("agency:unknown", true)]),
        ];

        var drugs = new DayTallies("agencies", "drugs", Actors);
        drugs.Add(events);
        var set = drugs.ToSet("2024-03");

        Assert.Equal(["agency:c2"], set.Nodes.Select(n => n.Node));
        Assert.Empty(set.Edges);
    }

    [Fact]
    public void AnOperationToldByTwoReportsCountsOnceWithTwoSources()
    {
        IReadOnlyList<DayEvent> events =
        [
            new(4, 10, new DateOnly(2024, 3, 9), null, 77, [("agency:a0", false), ("agency:b1", true)]),
            new(5, 11, new DateOnly(2024, 3, 5), null, 77, [("agency:b1", false), ("agency:a0", false)]),
            new(6, 11, new DateOnly(2024, 3, 5), null, 77, [("agency:a0", false), ("agency:b1", false)]),
        ];

        var byOperation = new DayTallies(OperationTallies.Prefix + "agencies", TallyScope.All, Actors);
        byOperation.Add(events);
        var edge = Assert.Single(byOperation.ToSet("2024-03").Edges);

        Assert.Equal((1, 3, 1, 2, "2024-03-05"), (edge.Reports, edge.Events, edge.Led, edge.Sources, edge.FirstDate));
        Assert.Equal(0, edge.Newman);
    }

    // Countries AA to DD, each with agencies of its own, and one agency of no country.
    private static Dictionary<string, Actor> MakeActors()
    {
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        string[] codes = ["AA", "BB", "CC", "DD"];
        foreach (var code in codes)
        {
            actors[Actor.CountryId(code)] = new Actor(Actor.CountryId(code), ActorKind.Country, code, code, []);
        }

        for (var i = 0; i < 12; i++)
        {
            var id = $"agency:{(char)('a' + i)}{i}";
            actors[id] = new Actor(id, ActorKind.Agency, id, i == 11 ? null : codes[i % codes.Length], []);
        }

        return actors;
    }

    // Reports of one to three events in id order, some undated, some sharing an operation with another report,
    // crime areas in mixed case, actors repeated within an event and actors the store does not know.
    private static List<DayEvent> Days(int seed, long firstEvent, long firstReport)
    {
        var random = new Random(seed);
        var ids = Actors.Keys.Append("agency:unknown").ToArray();
        string?[] areas = [null, "drugs", "Drugs", "fraud"];
        var events = new List<DayEvent>();
        var (eventId, reportId) = (firstEvent, firstReport);
        for (var r = 0; r < 120; r++, reportId++)
        {
            DateOnly? date = random.Next(10) == 0 ? null : new DateOnly(2024, 2, 1 + random.Next(20));
            long? operation = random.Next(3) == 0 ? 500 + random.Next(15) : null;
            for (var e = random.Next(1, 4); e > 0; e--)
            {
                var participants = Enumerable.Range(0, random.Next(1, 7)).Select(_ => (ids[random.Next(ids.Length)], random.Next(4) == 0)).ToList();
                events.Add(new DayEvent(eventId++, reportId, date, areas[random.Next(areas.Length)], operation, participants));
            }
        }

        return events;
    }
}
