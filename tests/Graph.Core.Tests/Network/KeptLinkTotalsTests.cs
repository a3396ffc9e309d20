using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using Graph.Core.Curation;
using Graph.Core.Export;
using Graph.Core.Ingestion;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Core.Tests.Curation;

namespace Graph.Core.Tests.Network;

/// <summary>
/// A server keeps each pictured view's node totals between reads and, after new reports, corrects them
/// by re-reading only the edges those reports changed. The picture drawn that way must equal the picture
/// cut from the whole view rebuilt from every participation, after every post and after an edit.
/// </summary>
public sealed class KeptLinkTotalsTests : IDisposable
{
    private const int EdgeLimit = 4000;

    private static readonly (NetworkView View, EdgeWeighting Weighting)[] Views =
    [
        (NetworkView.Actors, EdgeWeighting.Operations), (NetworkView.Actors, EdgeWeighting.Newman),
        (NetworkView.Countries, EdgeWeighting.Operations), (NetworkView.Agencies, EdgeWeighting.Reports),
    ];

    private static readonly PictureOptions Options = new() { NodeBudget = 8 };

    private readonly CuratedStore _data = new();
    private readonly KeptLinkTotalsSet _kept = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void PicturesFromKeptTotalsEqualTheFullRebuildAfterEachPostAndAfterAnEdit()
    {
        var reports = Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => SampleReportFile.Parse(File.ReadAllText(f))).ToList();
        foreach (var report in reports.Take(reports.Count / 2))
        {
            _data.Ingestor.Ingest(report);
        }

        AssertEveryViewEqualsTheRebuild("full");
        foreach (var report in reports.Skip(reports.Count / 2).Take(4))
        {
            _data.Ingestor.Ingest(report);
            AssertEveryViewEqualsTheRebuild("changes");
        }

        // A later report of an operation already stored joins it: the operation's pairs change, not only the report's.
        _data.Ingestor.Ingest(reports[0] with { Text = reports[0].Text + "\n\nFollow-up note.", Date = reports[0].Date?.AddDays(10) });
        AssertEveryViewEqualsTheRebuild("changes");
        var interpol = _data.Ingest(PangeaInterpol);
        var newspaper = _data.Ingest(PangeaNewspaper);
        AssertEveryViewEqualsTheRebuild("changes");

        // An edit relinks operations without a new report: every edge is read again.
        _data.Edit(new EditInput("unlink-operation", "a different week of action", ReportId: newspaper, Operation: "Operation Pangea XVI"));
        Assert.NotEqual(_data.Store.OperationOf(_data.Store.FindReport(interpol)!.Events.Single().Id),
            _data.Store.OperationOf(_data.Store.FindReport(newspaper)!.Events.Single().Id));
        AssertEveryViewEqualsTheRebuild("full");
        foreach (var report in reports.Skip((reports.Count / 2) + 4))
        {
            _data.Ingestor.Ingest(report);
        }

        AssertEveryViewEqualsTheRebuild("changes");
    }

    [Fact]
    public void KeptTotalsAreTheSumsOfTheTalliesAfterNewReports()
    {
        _data.Ingest(CuratedStore.Vibora);
        var scopes = new[] { "actors", "operations:actors", "countries", "operations:agencies" }
            .Select(p => new TallyScope(p, TallyScope.All, TallyScope.All, TallyScope.All)).ToList();
        scopes.ForEach(s => _data.Store.ReadPictureTallies(s, _ => [], _kept.For(s)));

        _data.Ingest(CuratedStore.Harbour);
        _data.Ingest(PangeaInterpol);
        _data.Ingest(PangeaNewspaper);

        foreach (var scope in scopes)
        {
            var (kept, _) = _data.Store.ReadPictureTallies(scope, _ => [], _kept.For(scope));
            var (summed, _) = _data.Store.ReadPictureTallies(scope, _ => []);
            Assert.StartsWith("changes", _kept.For(scope)!.LastRefresh, StringComparison.Ordinal);
            Assert.Equal(summed.Links.OrderBy(l => l.Node, StringComparer.Ordinal).Select(l => (l.Node, l.Reports, l.Degree)),
                kept.Links.OrderBy(l => l.Node, StringComparer.Ordinal).Select(l => (l.Node, l.Reports, l.Degree)));
            Assert.Equal(summed.Links.OrderBy(l => l.Node, StringComparer.Ordinal).Select(l => l.Newman),
                kept.Links.OrderBy(l => l.Node, StringComparer.Ordinal).Select(l => l.Newman), (x, y) => Math.Abs(x - y) < 1e-9);
        }
    }

    private void AssertEveryViewEqualsTheRebuild(string refresh)
    {
        var dataset = _data.Store.LoadDataset();
        foreach (var (view, weighting) in Views)
        {
            var filter = NetworkFilter.None with { Weighting = weighting };
            var whole = NetworkPicture.Of(NetworkBuilder.Build(dataset, view, filter), Options, EdgeLimit, always: true);
            var read = AggregatePicture.TryDraw(_data.Store, view, filter, Options, EdgeLimit, always: true, _kept);

            Assert.NotNull(read);
            Assert.StartsWith(refresh, _kept.Describe().Single(d => d.Scope.Projection == Projection.Name(view, weighting)).LastRefresh, StringComparison.Ordinal);
            Assert.Equal(whole.Shown.Nodes, read.Shown.Nodes);
            Assert.Equal(whole.Shown.Edges.Select(e => (e.Id, e.Kind, e.ReportCount, e.EventCount, e.FirstDate)),
                read.Shown.Edges.Select(e => (e.Id, e.Kind, e.ReportCount, e.EventCount, e.FirstDate)));
            Assert.Equal(whole.Shown.Edges.Select(e => e.Weight), read.Shown.Edges.Select(e => e.Weight), (x, y) => Math.Abs(x - y) < 1e-9);
            Assert.Equal(whole.Picture!.Describe(ExportNames.Of(view)), read.Picture!.Describe(ExportNames.Of(view)));
            var (expected, actual) = (NetworkAnalysis.Of(whole.Shown), NetworkAnalysis.Of(read.Shown));
            foreach (var node in whole.Shown.Nodes)
            {
                var (x, y) = (expected.For(node.Id)!, actual.For(node.Id)!);
                Assert.Equal((x.Degree, x.Core, x.Community), (y.Degree, y.Core, y.Community));
                Assert.Equal([x.WeightedDegree, x.Betweenness, x.WeightedBetweenness, x.Closeness, x.PageRank ?? -1, x.Eigenvector ?? -1, x.Clustering],
                    [y.WeightedDegree, y.Betweenness, y.WeightedBetweenness, y.Closeness, y.PageRank ?? -1, y.Eigenvector ?? -1, y.Clustering],
                    (a, b) => Math.Abs(a - b) < 1e-9);
            }
        }
    }

    private const string PangeaInterpol = """
        Pangea XVI against fake medicines
        Lyon, 10 October 2023. Operation Pangea XVI was coordinated by INTERPOL with police from Spain, France and Italy. Officers arrested 72 people and seized fake medicines.
        """;

    private const string PangeaNewspaper = """
        Fake pills seized in Europe
        Madrid, 12 October 2023. Spanish and Italian police took part in Operation Pangea 16 against illicit medicines, together with INTERPOL. In all 72 people were arrested.
        """;
}
