using Graph.Core.Storage;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

public sealed class TallyBatchTests
{
    private static EdgeTally Edge(int reports, string date) => new("actors", "2024-01", "*", "a", "b", reports, reports, 0, 1.0, date, 7, reports);

    [Fact]
    public void RowsWrittenOutDuringAReportWhoseSavepointIsRolledBackComeBackIntoTheBatchWithoutThatReportsOwn()
    {
        var batch = new TallyBatch();
        batch.Stage([], [Edge(1, "2024-01-05")]);
        batch.Keep();
        batch.Stage([], [Edge(2, "2024-01-02")]);

        var flushed = batch.Flush(_ => true);
        batch.StageMore([], [Edge(4, "2024-01-01")]);
        batch.Drop();

        Assert.Equal(3, Assert.Single(flushed.Edges).Reports);
        var left = Assert.Single(batch.Take().Edges);
        Assert.Equal((1, "2024-01-05"), (left.Reports, left.FirstDate));
    }

    [Fact]
    public void AFlushTakesOutOnlyTheProjectionsItNames()
    {
        var batch = new TallyBatch();
        batch.Stage([], [Edge(1, "2024-01-05"), Edge(2, "2024-01-05") with { Projection = "operations:actors" }]);
        batch.Keep();
        batch.Stage([], [Edge(4, "2024-01-02"), Edge(8, "2024-01-05") with { Projection = "operations:actors" }]);

        var flushed = batch.Flush(p => p.StartsWith("operations:", StringComparison.Ordinal));
        batch.Keep();

        Assert.Equal(10, Assert.Single(flushed.Edges).Reports);
        var left = Assert.Single(batch.Take().Edges);
        Assert.Equal(("actors", 5), (left.Projection, left.Reports));
    }

    [Fact]
    public void RowsWrittenOutDuringAReportThatIsKeptAreNotCountedAgain()
    {
        var batch = new TallyBatch();
        batch.Stage([], [Edge(1, "2024-01-05")]);
        batch.Keep();
        batch.Stage([], [Edge(2, "2024-01-02")]);

        batch.Flush(_ => true);
        batch.StageMore([], [Edge(4, "2024-01-01")]);
        batch.Keep();

        var left = Assert.Single(batch.Take().Edges);
        Assert.Equal((4, "2024-01-01"), (left.Reports, left.FirstDate));
    }
}
