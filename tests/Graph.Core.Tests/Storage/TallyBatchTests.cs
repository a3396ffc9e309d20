using System.Reflection;
using System.Runtime.CompilerServices;
using Graph.Core.Storage;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

public sealed class TallyBatchTests
{
    private static EdgeTally Edge(int reports, string date) => new("actors", "2024-01", "*", "a", "b", reports, reports, 0, 1.0, date, 7, reports);

    private static HashSet<(string, string, string, string, string)> KeysOf(params EdgeTally[] rows) =>
        [.. rows.Select(r => (r.Projection, r.CrimeArea, r.Period, r.Source, r.Target))];

    [Fact]
    public void RowsWrittenOutDuringAReportWhoseSavepointIsRolledBackComeBackIntoTheBatchWithoutThatReportsOwn()
    {
        var batch = new TallyBatch();
        batch.Stage([], [Edge(1, "2024-01-05")]);
        batch.Keep();
        batch.Stage([], [Edge(2, "2024-01-02")]);

        var flushed = batch.Flush(KeysOf(Edge(0, "")));
        batch.StageMore([], [Edge(4, "2024-01-01")]);
        batch.Drop();

        Assert.Equal(3, Assert.Single(flushed.Edges).Reports);
        var left = Assert.Single(batch.Take().Edges);
        Assert.Equal((1, "2024-01-05"), (left.Reports, left.FirstDate));
    }

    [Fact]
    public void AFlushTakesOutOnlyTheRowsOfTheKeysItNames()
    {
        var batch = new TallyBatch();
        var twin = Edge(0, "") with { Projection = "operations:actors" };
        batch.Stage([new NodeTally("operations:actors", "2024-01", "*", "a", 1, 1, "2024-01-05", 7, 1)],
            [Edge(1, "2024-01-05"), twin with { Reports = 2, FirstDate = "2024-01-05" }, twin with { Target = "c", Reports = 16, FirstDate = "2024-01-05" }]);
        batch.Keep();
        batch.Stage([], [Edge(4, "2024-01-02"), twin with { Reports = 8, FirstDate = "2024-01-05" }]);

        var flushed = batch.Flush(KeysOf(twin, twin with { Source = "a", Target = "" }));
        batch.Keep();

        Assert.Equal(10, Assert.Single(flushed.Edges).Reports);
        Assert.Equal("a", Assert.Single(flushed.Nodes).Node);
        var left = batch.Take();
        Assert.Empty(left.Nodes);
        Assert.Equal([("actors", "b", 5), ("operations:actors", "c", 16)],
            left.Edges.Select(e => (e.Projection, e.Target, e.Reports)).Order().ToList());
    }

    [Fact]
    public void RowsWrittenOutDuringAReportThatIsKeptAreNotCountedAgain()
    {
        var batch = new TallyBatch();
        batch.Stage([], [Edge(1, "2024-01-05")]);
        batch.Keep();
        batch.Stage([], [Edge(2, "2024-01-02")]);

        batch.Flush(KeysOf(Edge(0, "")));
        batch.StageMore([], [Edge(4, "2024-01-01")]);
        batch.Keep();

        var left = Assert.Single(batch.Take().Edges);
        Assert.Equal((4, "2024-01-01"), (left.Reports, left.FirstDate));
    }

    [Fact]
    public void TheBatchsSumsHoldNoReferenceForTheCollectorToScanOrAWriteBarrierToMark()
    {
        // A million sums sit in the batch at the end of an import; a string among their fields made every sum added in
        // place mark the collector's cards, and every collection scan the whole table.
        var sums = typeof(TallyBatch).GetNestedType("Sums", BindingFlags.NonPublic)!;
        var holdsReferences = typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!.MakeGenericMethod(sums);

        Assert.False((bool)holdsReferences.Invoke(null, null)!);
    }

    [Fact]
    public void TheEarliestFirstDateWinsAcrossMonthsAndYearsAndTheKeyBreaksATie()
    {
        var batch = new TallyBatch();
        foreach (var (date, key) in new[] { ("2024-02-01", 3L), ("2023-12-31", 9L), ("2024-01-31", 1L), ("2023-12-31", 5L), ("9999-12-31", 0L) })
        {
            batch.Stage([], [Edge(1, date) with { FirstKey = key }]);
            batch.Keep();
        }

        var edge = Assert.Single(batch.Take().Edges);
        Assert.Equal(("2023-12-31", 5L, 5), (edge.FirstDate, edge.FirstKey, edge.Reports));
    }
}
