using Graph.Core.Analysis.Bounded;
using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Network;

/// <summary>
/// A picture drawn from the tallies' node totals (only the kept nodes' edges read) equals the picture
/// cut from the whole view rebuilt from every participation: same nodes, edges, weights, order,
/// totals and statement, for every tallied view, weighting, crime area, range of whole months, budget
/// and edge rule it answers.
/// </summary>
public sealed class AggregatePictureTests(AggregatePictureTests.SampleStore sample) : IClassFixture<AggregatePictureTests.SampleStore>
{
    private const int EdgeLimit = 4000;
    private readonly SqliteReportStore _store = sample.Store;

    public static TheoryData<string, string, int, string> Pictures => new()
    {
        { "actors", "", 8, "backbone" },
        { "actors", "", 20, "backbone" },
        { "actors", "", 20, "all" },
        { "actors", "weighting=reports", 12, "backbone" },
        { "actors", "weighting=newman", 12, "backbone" },
        { "actors", "weighting=newman", 30, "all" },
        { "countries", "", 6, "backbone" },
        { "countries", "weighting=newman", 6, "all" },
        { "agencies", "", 10, "backbone" },
        { "agencies", "weighting=reports", 10, "all" },
        { "actors", "crimeArea=drug-trafficking", 6, "backbone" },
        { "countries", "crimeArea=cybercrime&weighting=reports", 4, "all" },
        { "actors", "kinds=agency", 10, "backbone" },
        { "actors", "", 1000, "backbone" },
        { "actors", "from=2019-01-01&to=2022-12-31", 10, "backbone" },
        { "actors", "from=2021-01-01&to=2021-02-28", 8, "all" },
        { "actors", "from=2021-01-01", 12, "backbone" },
        { "countries", "to=2022-11-30&weighting=reports", 6, "all" },
        { "agencies", "from=2020-06-01&to=2023-06-30", 10, "backbone" },
        { "actors", "from=2021-02-01&to=2022-11-30", 10, "all" },
        { "actors", "from=2021-01-15&to=2021-03-05&weighting=reports", 10, "all" },
        { "actors", "from=2019-11-30&to=2023-05-02", 12, "all" },
        { "countries", "from=2021-01-31", 6, "backbone" },
        { "agencies", "to=2022-11-29&weighting=reports", 10, "all" },
        { "actors", "from=2018-12-10&to=2023-08-20&crimeArea=drug-trafficking", 6, "backbone" },
        { "actors", "from=2018-01-01&to=2023-12-31&crimeArea=drug-trafficking", 6, "backbone" },
    };

    [Theory]
    [MemberData(nameof(Pictures))]
    public void PictureFromTallyTotalsEqualsPictureCutFromTheFullRebuild(string view, string query, int budget, string edges)
    {
        var (parsedView, filter) = Parse(view, query);
        foreach (var (alpha, edgeBudget) in new[] { (0.05, 4000), (0.5, 4000), (0.5, 3) })
        {
            var options = new PictureOptions { NodeBudget = budget, Edges = edges == "all" ? EdgeFilter.All : EdgeFilter.Backbone, Alpha = alpha, EdgeBudget = edgeBudget };
            // Counted by operation, a date range is the one place the tallies differ from the rebuild (they date an
            // operation by its earliest report, see AggregateNetworkTests): there the whole tallied view is the reference.
            var rebuilt = filter is { From: null, To: null } || filter.Weighting != EdgeWeighting.Operations
                ? NetworkBuilder.Build(_store.LoadDataset(), parsedView, filter)
                : AggregateNetworkBuilder.Build(_store, parsedView, filter);
            var whole = NetworkPicture.Of(rebuilt, options, EdgeLimit, always: true);
            var read = AggregatePicture.TryDraw(_store, parsedView, filter, options, EdgeLimit, always: true);

            Assert.NotNull(read);
            AssertSamePicture(view, whole, read);
        }
    }

    public static TheoryData<string, string> Ranges => new()
    {
        // Inside one month and across the end of one (no whole month: every day counted), whole months across a year's end,
        // cut months at both ends across a year, one cut end, and a range of a crime area.
        { "actors", "from=2023-12-02&to=2023-12-30" },
        { "agencies", "from=2023-05-02&to=2023-06-20" },
        { "actors", "from=2022-10-01&to=2023-09-30" },
        { "actors", "from=2022-10-17&to=2023-10-12" },
        { "agencies", "from=2021-01-20&to=2023-06-30&weighting=reports" },
        { "countries", "from=2019-11-01&to=2023-05-09" },
        { "actors", "from=2020-05-11&to=2023-12-03&crimeArea=drug-trafficking" },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void ARangeReadWithoutKeptMonthRowsServesThePictureOfTheWholeTalliedView(string view, string query)
    {
        var (parsedView, filter) = Parse(view, query);
        var keepUpTo = _store.KeepMonthRowsUpToNodes;
        // As a store too large to keep its month rows: the rows among the chosen nodes are read again.
        _store.KeepMonthRowsUpToNodes = 0;
        try
        {
            foreach (var (alpha, edgeBudget, edges) in new[] { (0.5, 4000, EdgeFilter.Backbone), (0.5, 3, EdgeFilter.Backbone), (0.05, 5, EdgeFilter.All) })
            {
                var options = new PictureOptions { NodeBudget = 8, Edges = edges, Alpha = alpha, EdgeBudget = edgeBudget };
                var whole = NetworkPicture.Of(AggregateNetworkBuilder.Build(_store, parsedView, filter), options, EdgeLimit, always: true);
                var served = AggregatePicture.TryDraw(_store, parsedView, filter, options, EdgeLimit, always: true);

                Assert.NotNull(served);
                AssertSamePicture(view, whole, served);
            }
        }
        finally
        {
            _store.KeepMonthRowsUpToNodes = keepUpTo;
        }
    }

    private static void AssertSamePicture(string view, NetworkPicture whole, NetworkPicture read)
    {
        Assert.NotEmpty(whole.Shown.Edges);
        Assert.Equal(whole.Shown.Nodes, read.Shown.Nodes);
        Assert.Equal(whole.Shown.Edges.Select(e => (e.Id, e.Kind, e.ReportCount, e.EventCount, e.FirstDate)),
            read.Shown.Edges.Select(e => (e.Id, e.Kind, e.ReportCount, e.EventCount, e.FirstDate)));
        Assert.Equal(whole.Shown.Edges.Select(e => e.Weight), read.Shown.Edges.Select(e => e.Weight), (x, y) => Math.Abs(x - y) < 1e-9);
        Assert.Equal(whole.Picture!.Nodes, read.Picture!.Nodes);
        Assert.Equal(whole.Picture.Edges.Select(e => (e.U, e.V)), read.Picture.Edges.Select(e => (e.U, e.V)));
        Assert.Equal(whole.Picture.Describe(view), read.Picture.Describe(view));
        Assert.Equal((whole.Picture.RuleEdges, whole.Picture.BudgetedEdges), (read.Picture.RuleEdges, read.Picture.BudgetedEdges));
        Assert.Equal(whole.Picture.Measure.Values, read.Picture.Measure.Values, (x, y) => Math.Abs(x - y) < 1e-9);
    }

    [Fact]
    public void AViewWithinTheBudgetIsLeftToTheWholeBuild()
    {
        var options = new PictureOptions { NodeBudget = 1000 };

        Assert.Null(AggregatePicture.TryDraw(_store, NetworkView.Actors, NetworkFilter.None, options, EdgeLimit, always: false));
    }

    [Theory]
    [InlineData("actors", "from=2021-01-01&to=2022-11-30&weighting=newman")]
    [InlineData("actors", "from=2021-01-15&weighting=newman")]
    [InlineData("actors", "minWeight=2")]
    [InlineData("actors", "center=agency:europol&depth=1")]
    [InlineData("actors", "kinds=country")]
    [InlineData("bipartite", "")]
    public void FiltersTheTotalsCannotAnswerAreLeftToTheWholeBuild(string view, string query)
    {
        var (parsedView, filter) = Parse(view, query);

        Assert.Null(AggregatePicture.TryDraw(_store, parsedView, filter, new PictureOptions { NodeBudget = 5 }, EdgeLimit, always: true));
    }

    [Fact]
    public void MeasuresAndRulesTheTotalsCannotAnswerAreLeftToTheWholeBuild()
    {
        foreach (var options in new[]
        {
            new PictureOptions { NodeBudget = 5, Measure = NodeMeasure.PageRank },
            new PictureOptions { NodeBudget = 5, Edges = EdgeFilter.StrongestPerNode },
            new PictureOptions { NodeBudget = 5, Include = ["agency:europol"] },
        })
        {
            Assert.Null(AggregatePicture.TryDraw(_store, NetworkView.Actors, NetworkFilter.None, options, EdgeLimit, always: true));
        }
    }

    [Theory]
    [InlineData("actors", "*", "2019-01", "2022-12")]
    [InlineData("countries", "drug-trafficking", "", "9999-12")]
    [InlineData("operations:agencies", "*", "2021-01", "2021-02")]
    public void LinkTotalsOverMonthsCountEachPairOnceAndSumItsMonths(string projection, string area, string first, string last)
    {
        var scope = new TallyScope(projection, area, first, last);
        var pairs = _store.ReadTallySums(scope).Edges;
        var expected = pairs.SelectMany(e => new[] { e.Source, e.Target }.Select(n => (Node: n, e.Reports, e.Newman)))
            .GroupBy(x => x.Node, StringComparer.Ordinal)
            .Select(g => (g.Key, (long)g.Sum(x => x.Reports), g.Sum(x => x.Newman), g.Count()))
            .OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        var summed = _store.SummedLinkTotals(scope).OrderBy(l => l.Node, StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(x => (x.Key, x.Item2, x.Item4)), summed.Select(l => (l.Node, l.Reports, l.Degree)));
        Assert.Equal(expected.Select(x => x.Item3), summed.Select(l => l.Newman), (x, y) => Math.Abs(x - y) < 1e-9);
    }

    [Fact]
    public void EdgesAmongMoreNodesThanCanBeListedAreTheEdgesAmongThoseListed()
    {
        var scope = new TallyScope("actors", TallyScope.All, "2019-01", "2023-12");
        IReadOnlyCollection<string> few = [];
        var (_, listed) = _store.ReadPictureTallies(scope, totals => few = [.. totals.Links.Select(l => l.Node).Order(StringComparer.Ordinal).Take(15)]);
        // Names no node has make the chosen set too long to list; the rows read must not change.
        var (_, scanned) = _store.ReadPictureTallies(scope, _ => [.. few, .. Enumerable.Range(0, 1200).Select(i => $"agency:nobody-{i}")]);

        Assert.NotEmpty(listed);
        Assert.Equal(listed.OrderBy(e => (e.Period, e.Source, e.Target)), scanned.OrderBy(e => (e.Period, e.Source, e.Target)));
    }

    [Theory]
    [InlineData("actors", "*", "2019-01", "2023-12", 6)]
    [InlineData("operations:agencies", "*", "2019-01", "2023-12", 4)]
    [InlineData("countries", "drug-trafficking", "2018-01", "2024-12", 1200)]
    [InlineData("operations:actors", "*", "2020-01", "2022-06", 1200)]
    public void EdgesAmongTheChosenAreTheSameReadAgainAsKeptFromTheSums(string projection, string area, string first, string last, int chosen)
    {
        var scope = new TallyScope(projection, area, first, last);
        // The busiest nodes, and past the listing limit names no node has.
        IReadOnlyCollection<string> Choose(TallyTotals totals) =>
            [.. totals.Links.OrderByDescending(l => l.Reports).ThenBy(l => l.Node, StringComparer.Ordinal).Take(chosen).Select(l => l.Node),
                .. Enumerable.Range(0, Math.Max(0, chosen - totals.Links.Count)).Select(i => $"agency:nobody-{i}")];
        var (keptTotals, kept) = _store.ReadPictureTallies(scope, Choose);
        var keepUpTo = _store.KeepMonthRowsUpToNodes;
        _store.KeepMonthRowsUpToNodes = 0;
        try
        {
            var (readTotals, readAgain) = _store.ReadPictureTallies(scope, Choose);

            Assert.NotEmpty(kept);
            Assert.Equal(kept, readAgain);
            Assert.Equal(kept.Select(e => BitConverter.DoubleToInt64Bits(e.Newman)), readAgain.Select(e => BitConverter.DoubleToInt64Bits(e.Newman)));
            Assert.Equal(keptTotals.Nodes, readTotals.Nodes);
            Assert.Equal(keptTotals.Links, readTotals.Links);
        }
        finally
        {
            _store.KeepMonthRowsUpToNodes = keepUpTo;
        }
    }

    /// <summary>The sample reports, each also stored again ten days later, in one store the tests only read.</summary>
    public sealed class SampleStore : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("graph-aggregate-picture-tests-").FullName;

        public SampleStore()
        {
            Store = new SqliteReportStore($"Data Source={Path.Combine(_folder, "graph.db")}");
            var ingestor = new ReportIngestor(ReportExtractor.Default, Store);
            foreach (var file in Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal))
            {
                var report = SampleReportFile.Parse(File.ReadAllText(file));
                ingestor.Ingest(report);
                ingestor.Ingest(report with { Text = report.Text + "\n\nFollow-up note.", Date = report.Date?.AddDays(10) });
            }
        }

        public SqliteReportStore Store { get; }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (NetworkView View, NetworkFilter Filter) Parse(string view, string query)
    {
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var parsed = new NetworkQuery(view, values.GetValueOrDefault("from"), values.GetValueOrDefault("to"), values.GetValueOrDefault("crimeArea"),
            values.GetValueOrDefault("kinds"), values.GetValueOrDefault("minWeight"), values.GetValueOrDefault("center"), values.GetValueOrDefault("depth"),
            values.GetValueOrDefault("operation"), values.GetValueOrDefault("weighting"));
        Assert.True(parsed.TryParse(out var v, out var filter, out var errors), string.Join("; ", errors.Keys));
        return (v, filter);
    }
}
