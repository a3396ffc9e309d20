using Graph.Core.Storage;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

public sealed class TallyBatchRowsTests
{
    private static readonly string[] Views = ["countries", "actors", "operations:actors"];
    private static readonly string[] Periods = ["*", "2024-01", "", "2023-12"];

    // Ids handed out as a store does: a new name takes the next number, so the list shows the order names were first asked in.
    private static Func<string, int> Numbering(List<string> asked) => name =>
    {
        var at = asked.IndexOf(name);
        if (at < 0)
        {
            asked.Add(name);
            at = asked.Count - 1;
        }

        return at + 1;
    };

    // Reports of rows over short names, so keys repeat across reports and one name is often the start of another.
    private static List<(List<NodeTally> Nodes, List<EdgeTally> Edges)> Reports(string letters, int seed)
    {
        var random = new Random(seed);
        string Name() => new([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => letters[random.Next(letters.Length)])]);
        string Date() => random.Next(2) == 0 ? "2024-01-05" : "2023-12-31";
        return [.. Enumerable.Range(0, 60).Select(r =>
        {
            var (view, period, area) = (Views[random.Next(Views.Length)], Periods[random.Next(Periods.Length)], random.Next(3) == 0 ? "drugs" : "*");
            var nodes = Enumerable.Range(0, 10).Select(i => new NodeTally(view, period, area, Name(), 1, random.Next(1, 3), Date(), r * 100 + i, random.Next(2)))
                .DistinctBy(n => n.Node).ToList();
            var edges = Enumerable.Range(0, 30).Select(i => new EdgeTally(view, period, area, Name(), Name(), 1, random.Next(1, 3), random.Next(2),
                    random.NextDouble(), Date(), r * 100 + i, random.Next(2)))
                .DistinctBy(e => (e.Source, e.Target)).ToList();
            return (nodes, edges);
        })];
    }

    // The report rows of one key summed one report after another, as the stored sums are made.
    private static List<EdgeTally> SummedEdges(IEnumerable<EdgeTally> rows) =>
        [.. rows.GroupBy(e => (e.Projection, e.CrimeArea, e.Period, e.Source, e.Target)).Select(g => g.Aggregate((held, e) => held with
        {
            Reports = held.Reports + e.Reports, Events = held.Events + e.Events, Led = held.Led + e.Led, Newman = held.Newman + e.Newman,
            Sources = held.Sources + e.Sources,
            FirstDate = First(e, held).FirstDate, FirstKey = First(e, held).FirstKey,
        }))];

    private static List<NodeTally> SummedNodes(IEnumerable<NodeTally> rows) =>
        [.. rows.GroupBy(n => (n.Projection, n.CrimeArea, n.Period, n.Node)).Select(g => g.Aggregate((held, n) => held with
        {
            Reports = held.Reports + n.Reports, Events = held.Events + n.Events, Sources = held.Sources + n.Sources,
            FirstDate = string.CompareOrdinal(n.FirstDate, held.FirstDate) < 0 || (n.FirstDate == held.FirstDate && n.FirstKey < held.FirstKey) ? n.FirstDate : held.FirstDate,
            FirstKey = string.CompareOrdinal(n.FirstDate, held.FirstDate) < 0 || (n.FirstDate == held.FirstDate && n.FirstKey < held.FirstKey) ? n.FirstKey : held.FirstKey,
        }))];

    private static EdgeTally First(EdgeTally e, EdgeTally held) =>
        string.CompareOrdinal(e.FirstDate, held.FirstDate) < 0 || (e.FirstDate == held.FirstDate && e.FirstKey < held.FirstKey) ? e : held;

    [Theory]
    [InlineData("ab}-")]
    [InlineData("a{~:A")]
    public void StoredRowsAreTheSummedRowsInTheirWrittenOrderWithTheirNamesNumberedInTheOrderFirstMet(string letters)
    {
        var reports = Reports(letters, 20261206);
        var batch = new TallyBatch();
        foreach (var (nodes, edges) in reports)
        {
            batch.Stage(nodes, edges);
            batch.Keep();
        }

        // The order the rows have always been written in: nodes by their names' letters, edges by EdgeKeyOrder, nodes first.
        var (askedBefore, askedNow) = (new List<string>(), new List<string>());
        var before = Numbering(askedBefore);
        var expectedNodes = SummedNodes(reports.SelectMany(r => r.Nodes))
            .OrderBy(n => n.Projection, StringComparer.Ordinal).ThenBy(n => n.CrimeArea, StringComparer.Ordinal)
            .ThenBy(n => n.Period, StringComparer.Ordinal).ThenBy(n => n.Node, StringComparer.Ordinal)
            .Select(n => new NodeTallyRow(before(n.Projection), before(n.CrimeArea), TallyCodes.Period(n.Period), before(n.Node),
                n.Reports, n.Events, TallyCodes.Date(n.FirstDate), n.FirstKey, n.Sources))
            .ToList();
        var expectedEdges = EdgeKeyOrder.SortedRows(SummedEdges(reports.SelectMany(r => r.Edges)), before);

        var (rowsNodes, rowsEdges) = batch.TakeRows(Numbering(askedNow)) ?? throw new InvalidOperationException("no rows");

        Assert.Equal(expectedNodes, rowsNodes);
        Assert.Equal(expectedEdges, rowsEdges);
        Assert.Equal(askedBefore, askedNow);
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void ABatchResetAfterAnotherWriteGivesTheRowsAFreshBatchGives()
    {
        var (earlier, later) = (Reports("abc", 7), Reports("ab}-", 20261207));
        var used = new TallyBatch();
        foreach (var (nodes, edges) in earlier)
        {
            used.Stage(nodes, edges);
            used.Keep();
        }

        // The earlier write took its rows and left a report staged and a flush remembered, as a refused report would.
        _ = used.TakeRows(Numbering([]));
        used.Stage(earlier[0].Nodes, earlier[0].Edges);
        _ = used.Flush(new HashSet<(string, string, string, string, string)>());
        used.Reset();
        var fresh = new TallyBatch();
        foreach (var (nodes, edges) in later)
        {
            used.Stage(nodes, edges);
            used.Keep();
            fresh.Stage(nodes, edges);
            fresh.Keep();
        }

        var (askedUsed, askedFresh) = (new List<string>(), new List<string>());
        var rowsUsed = used.TakeRows(Numbering(askedUsed)) ?? throw new InvalidOperationException("no rows");
        var rowsFresh = fresh.TakeRows(Numbering(askedFresh)) ?? throw new InvalidOperationException("no rows");

        Assert.Equal(rowsFresh.Nodes, rowsUsed.Nodes);
        Assert.Equal(rowsFresh.Edges, rowsUsed.Edges);
        Assert.Equal(askedFresh, askedUsed);
    }

    [Fact]
    public void ABatchWhoseNamesHoldTheJointGivesNoStoredRowsAndKeepsItsRowsForTheNamedPath()
    {
        var batch = new TallyBatch();
        batch.Stage([], [new EdgeTally("actors", "2024-01", "*", "a|b", "c", 1, 1, 0, 0.5, "2024-01-05", 7)]);

        var rows = batch.TakeRows(_ => throw new InvalidOperationException("no name should be asked for"));

        Assert.Null(rows);
        Assert.Equal("a|b", Assert.Single(batch.Take().Edges).Source);
    }

    [Fact]
    public void AKeptReportsNamesAreForgottenOnceTheBatchIsTaken()
    {
        var batch = new TallyBatch();
        batch.Stage([], [new EdgeTally("actors", "2024-01", "*", "a|b", "c", 1, 1, 0, 0.5, "2024-01-05", 7)]);
        batch.Take();
        batch.Stage([], [new EdgeTally("actors", "2024-01", "*", "a", "c", 1, 1, 0, 0.5, "2024-01-05", 7)]);

        var rows = batch.TakeRows(Numbering([]));

        Assert.NotNull(rows);
        Assert.Equal([(1, 3, 4)], rows.Value.Edges.Select(e => (e.Projection, e.Source, e.Target)));
    }

    [Fact]
    public void RowsGoInTheOrderOfTheirStoredIdsFirstColumnFirst()
    {
        EdgeTallyRow Row(int projection, int area, int period, int source, int target) => new(projection, area, period, source, target, 1, 1, 0, 0, 0, 0, 0);
        var rows = new[] { Row(2, 1, 5, 1, 1), Row(1, 9, 5, 3, 4), Row(1, 9, -1, 8, 9), Row(1, 2, 7, 1, 2), Row(1, 9, -1, 8, 3) };

        var sorted = StoredKeyOrder.Sorted(rows);

        Assert.Equal([Row(1, 2, 7, 1, 2), Row(1, 9, -1, 8, 3), Row(1, 9, -1, 8, 9), Row(1, 9, 5, 3, 4), Row(2, 1, 5, 1, 1)], sorted);
        Assert.Equal([2, 3, 1, 0, 4], StoredKeyOrder.Places([Row(1, 9, 5, 3, 4), Row(1, 9, -1, 8, 9), Row(1, 2, 7, 1, 2), Row(1, 9, -1, 8, 3), Row(2, 1, 5, 1, 1)]));
    }
}
