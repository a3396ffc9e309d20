using Graph.Core.Ingestion;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Core.Tests.Curation;

namespace Graph.Core.Tests.Storage;

/// <summary>
/// The link totals the store keeps as edges are written (link_totals) equal the totals summed from every
/// edge row, for every view and crime area, after posts and after a report joins an operation (its pairs move).
/// </summary>
public sealed class StoredLinkTotalsTests : IDisposable
{
    private readonly CuratedStore _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void StoredTotalsEqualTheSumsOfTheEdgeRowsAfterPostsAndOperationJoins()
    {
        var reports = Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => SampleReportFile.Parse(File.ReadAllText(f))).ToList();
        foreach (var report in reports)
        {
            _data.Ingestor.Ingest(report);
        }

        // A later report of an operation already stored joins it, and with it every pair of that operation.
        _data.Ingestor.Ingest(reports[0] with { Text = reports[0].Text + "\n\nFollow-up note.", Date = reports[0].Date?.AddDays(10) });
        var checkedScopes = AssertStoredEqualsSummed();
        _data.Ingest(CuratedStore.Vibora);
        _data.Ingest(CuratedStore.Harbour);

        Assert.True(checkedScopes > 4, $"{checkedScopes} scopes had edges");
        AssertStoredEqualsSummed();
    }

    private int AssertStoredEqualsSummed()
    {
        var scopes = 0;
        foreach (var projection in Projection.Views.SelectMany(v => new[] { Projection.Name(v), OperationTallies.Prefix + Projection.Name(v) }))
        {
            foreach (var area in new[] { TallyScope.All, "drug-trafficking", "cybercrime", "fraud" })
            {
                var scope = new TallyScope(projection, area, TallyScope.All, TallyScope.All);
                var stored = _data.Store.StoredLinkTotals(scope).OrderBy(l => l.Node, StringComparer.Ordinal).ToList();
                var summed = _data.Store.SummedLinkTotals(scope).OrderBy(l => l.Node, StringComparer.Ordinal).ToList();

                Assert.Equal(summed.Select(l => (l.Node, l.Reports, l.Degree)), stored.Select(l => (l.Node, l.Reports, l.Degree)));
                Assert.Equal(summed.Select(l => l.Newman), stored.Select(l => l.Newman), (x, y) => Math.Abs(x - y) < 1e-9);
                scopes += summed.Count > 0 ? 1 : 0;
            }
        }

        return scopes;
    }
}
