using Graph.Core.Operations;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

/// <summary>
/// The end-of-import link's index of linked events answers each look-up as the candidate queries do on the same
/// rows of <c>operation_events</c>: names by block and stem, crime areas by a fortnight either side, the oldest
/// operations up to the bound, members within the near-name window or first of their name, through merges.
/// </summary>
public sealed class LinkedEventIndexTests
{
    private static readonly DateOnly Day = new(2024, 6, 15);

    private static LinkedEventIndex Index(int bound = 64) => new(bound, ids => ids.ToDictionary(id => id, id => ((string?)$"stored {id}", new HashSet<string>(["agency:europol"]))));

    private static EventFacts Event(long id, string? name, string? area = null, DateOnly? date = null, params string[] participants) =>
        new(id, 1000 + id, name, area, date ?? Day, participants.ToHashSet(StringComparer.Ordinal));

    private static EventFacts Undated(long id, string? name, string? area = null) => Event(id, name, area) with { Date = null };

    private static List<long> Operations(LinkedEventIndex index, EventFacts facts) =>
        [.. index.Candidates(facts, OperationMatcher.NearNameDays, OperationMatcher.UnnamedDays).Select(c => c.Operation)];

    [Fact]
    public void ANameWithoutItsSerialFindsItsStemWithAnySerialAndNamesThatGoOnAfterIt()
    {
        var index = Index();
        string[] names = ["Pangea 16", "Pangea Nova", "Pangea", "Pangeas", "Panama 7", "Pangea 17", "Pangeanova"];
        for (var i = 0; i < names.Length; i++)
        {
            index.AddLinked(Event(i + 1, "Operation " + names[i]), i + 1);
        }

        // The bare block (first three letters, no serial) and every key that is the stem and a space, then more.
        Assert.Equal([1, 2, 3, 4, 6, 7], Operations(index, Event(20, "Operação Pangea")));
    }

    [Fact]
    public void ANameWithItsSerialFindsItsOwnBlockAndTheBareOneButNotOtherSerials()
    {
        var index = Index();
        string[] names = ["Pangea 16", "Pangea XVI", "Pangea", "Pangea 17", "Panama 16", "Pangea Nova"];
        for (var i = 0; i < names.Length; i++)
        {
            index.AddLinked(Event(i + 1, names[i]), i + 1);
        }

        Assert.Equal([1, 2, 3, 5, 6], Operations(index, Event(20, "Pangea-16")));
    }

    [Fact]
    public void AnUnnamedEventFindsItsCrimeAreaFourteenDaysEitherSideAndNoFurther()
    {
        var index = Index();
        int[] offsets = [-15, -14, 0, 14, 15];
        for (var i = 0; i < offsets.Length; i++)
        {
            index.AddLinked(Event(i + 1, null, "Fraud", Day.AddDays(offsets[i])), i + 1);
        }

        index.AddLinked(Event(6, null, "drugs", Day), 6);
        index.AddLinked(Undated(7, null, "fraud"), 7);

        Assert.Equal([2, 3, 4], Operations(index, Event(20, null, "FRAUD", Day)));
        Assert.Empty(Operations(index, Undated(21, null, "fraud")));
        Assert.Empty(Operations(index, Event(22, null, null, Day)));
    }

    [Fact]
    public void EachLookUpGivesTheOldestOperationsUpToTheBoundWhateverOrderTheyCameIn()
    {
        var index = Index(bound: 4);
        for (var op = 10; op >= 1; op--)
        {
            index.AddLinked(Event(100 - op, null, "fraud", Day.AddDays(op % 3)), op);
            index.AddLinked(Event(200 - op, "Kilo " + op, null, Day), 50 + op);
        }

        // Two events of operation 1 still count it once.
        index.AddLinked(Event(300, null, "fraud", Day), 1);

        Assert.Equal([1, 2, 3, 4], Operations(index, Event(400, null, "fraud", Day)));
        Assert.Equal([1, 2, 3, 4, 51, 52, 53, 54], Operations(index, Event(401, "Kilo", "fraud", Day)));
    }

    [Fact]
    public void MembersAreTheEventsWithinTheNearNameWindowAndTheFirstOfEachNameInEventOrder()
    {
        var index = Index();
        index.AddLinked(Event(5, "Lima", null, Day.AddDays(-200)), 1);
        index.AddLinked(Event(6, "Lima", null, Day.AddDays(-61)), 1);
        index.AddLinked(Event(9, "Lima", null, Day.AddDays(60)), 1);
        index.AddLinked(Event(3, null, null, Day.AddDays(-300)), 1);
        index.AddLinked(Event(4, null, null, Day.AddDays(-90)), 1);
        index.AddLinked(Event(8, "Lima", null, Day.AddDays(-60)), 1);
        index.AddLinked(Undated(7, "Lima"), 1);

        var (operation, first, members) = Assert.Single(index.Candidates(Event(20, "Lima"), OperationMatcher.NearNameDays, OperationMatcher.UnnamedDays));

        Assert.Equal((1, Day.AddDays(-300)), (operation, first));
        Assert.Equal([3, 5, 8, 9], members.Select(m => m.EventId));
        Assert.Equal([3, 5], index.Candidates(Undated(21, "Lima"), 60, 14).Single().Members.Select(m => m.EventId));
    }

    [Fact]
    public void AMergedOperationsEventsAreFoundUnderTheOperationThatTookThem()
    {
        var index = Index();
        index.AddLinked(Event(1, "Mike", "drugs", Day.AddDays(-3)), 2);
        index.AddLinked(Event(2, "Mike", "drugs", Day.AddDays(-40)), 5);
        index.AddLinked(Event(3, null, "drugs", Day), 5);
        index.AddLinked(Event(4, null, "drugs", Day.AddDays(1)), 7);

        index.Merge(5, 2);

        Assert.Equal([2, 7], Operations(index, Event(20, null, "drugs", Day)));
        var (operation, first, members) = Assert.Single(index.Candidates(Event(21, "Mike", null, Day.AddDays(100)), 60, 14));
        Assert.Equal((2, Day.AddDays(-40)), (operation, first));
        Assert.Equal([1, 3], members.Select(m => m.EventId));
        Assert.Equal(2, index.OperationOf(3));
        Assert.Null(index.OperationOf(99));
    }

    [Fact]
    public void AStoredEventIsReadOnceWhenItFirstBecomesAMember()
    {
        var reads = new List<IReadOnlyList<long>>();
        var index = new LinkedEventIndex(64, ids =>
        {
            reads.Add(ids);
            return ids.ToDictionary(id => id, _ => ((string?)"Operation Oscar", new HashSet<string>(["agency:interpol"])));
        });
        index.AddStored(1, 1, 11, Day, "fraud", "oscar", "osc|");
        index.AddStored(2, 1, 12, Day, "fraud", "oscar", "osc|");

        var members = index.Candidates(Event(10, "Oscar"), 60, 14).Single().Members;
        index.Candidates(Event(11, "Oscar"), 60, 14);

        Assert.Equal([1L, 2L], Assert.Single(reads));
        Assert.Equal(("Operation Oscar", "fraud", 11L), (members[0].Name, members[0].CrimeArea, members[0].ReportId));
        Assert.Contains("agency:interpol", members[0].Participants);
    }
    [Fact]
    public void ALongChainedOperationsMembersAreTheWindowAndTheFirstsWhateverOrderItsEventsCameIn()
    {
        // A name used every few days for years chains hundreds of events into one operation, some joined by a merge,
        // some undated, their ids arriving out of order: the members near each date are those the definition picks.
        var random = new Random(28);
        var index = Index();
        var events = new List<EventFacts>();
        foreach (var id in Enumerable.Range(1, 600).OrderBy(_ => random.Next()))
        {
            var name = random.Next(4) == 0 ? null : "Operation Tango " + random.Next(1, 9);
            var facts = random.Next(15) == 0 ? Undated(id, name) : Event(id, name, null, Day.AddDays(random.Next(-900, 900)));
            index.AddLinked(facts, id % 5 == 0 ? 2 : 1);
            events.Add(facts);
        }

        index.Merge(2, 1);

        var firsts = events.GroupBy(e => e.Key?.Key).Select(g => g.Min(e => e.EventId)).ToHashSet();
        foreach (var near in new[] { Day.AddDays(-950), Day.AddDays(-300), Day, Day.AddDays(61), Day.AddDays(899) })
        {
            var expected = events.Where(e => firsts.Contains(e.EventId) || (e.Date is { } d && Math.Abs(d.DayNumber - near.DayNumber) <= 60))
                .Select(e => e.EventId).Order();
            var members = index.Candidates(Event(1000, "Tango", null, near), 60, 14).Single(c => c.Operation == 1).Members;
            Assert.Equal(expected, members.Select(m => m.EventId));
        }
    }
}
