using Graph.Core.Analysis;
using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Network;

/// <summary>
/// The write-time tallies are an optimisation, not a new meaning: on the sample reports (each also
/// stored again ten days later, so months hold several days) every view and filter built from the
/// tallies equals the full rebuild from the stored participations, metrics included. Counted by
/// operation (the default), a date range that cuts an operation's reports apart is the exception:
/// the tallies date an operation by its earliest report, the rebuild counts it wherever one of its
/// reports falls, so those ranges are compared counted by report.
/// </summary>
public sealed class AggregateNetworkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-aggregate-tests-").FullName;
    private readonly SqliteReportStore _store;

    public AggregateNetworkTests()
    {
        _store = new SqliteReportStore($"Data Source={Path.Combine(_folder, "graph.db")}");
        var ingestor = new ReportIngestor(ReportExtractor.Default, _store);
        foreach (var file in Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal))
        {
            var sample = SampleReportFile.Parse(File.ReadAllText(file));
            ingestor.Ingest(sample);
            ingestor.Ingest(sample with { Text = sample.Text + "\n\nFollow-up note.", Date = sample.Date?.AddDays(10) });
        }
    }

    public static TheoryData<string, string> Queries => new()
    {
        { "actors", "" },
        { "countries", "" },
        { "agencies", "" },
        { "actors", "weighting=newman" },
        { "countries", "weighting=newman" },
        { "actors", "from=2019-03-01&to=2023-12-31&weight=reports" },
        { "actors", "from=2018-02-12&to=2022-03-20&weight=reports" },
        { "countries", "from=2021-01-20&weight=reports" },
        { "agencies", "to=2021-03-15&weight=reports" },
        { "actors", "from=2021-01-05&to=2021-01-25&weight=reports" },
        { "actors", "from=2021-01-01&to=2021-12-31" },
        { "actors", "crimeArea=drug-trafficking" },
        { "countries", "crimeArea=cybercrime&from=2020-06-15&weighting=newman" },
        { "actors", "kinds=agency" },
        { "actors", "kinds=country" },
        { "countries", "kinds=country" },
        { "countries", "kinds=agency" },
        { "actors", "minWeight=2" },
        { "actors", "center=agency:europol&depth=1" },
        { "bipartite", "" },
        { "actors", "operation=Pandora" },
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void NetworkFromTalliesEqualsFullRebuildFromParticipations(string view, string query)
    {
        var (parsedView, filter) = Parse(view, query);
        var rebuilt = NetworkBuilder.Build(_store.LoadDataset(), parsedView, filter);
        var aggregated = AggregateNetworkBuilder.Build(_store, parsedView, filter);

        Assert.NotEqual(0, rebuilt.NodeCount + (query.Length == 0 ? 0 : 1));
        Assert.Equal(rebuilt.Nodes, aggregated.Nodes);
        Assert.Equal(rebuilt.Edges.Select(e => (e.Id, e.Kind, e.ReportCount, e.EventCount, e.FirstDate)),
            aggregated.Edges.Select(e => (e.Id, e.Kind, e.ReportCount, e.EventCount, e.FirstDate)));
        Assert.Equal(rebuilt.Edges.Select(e => e.Weight), aggregated.Edges.Select(e => e.Weight), (x, y) => Math.Abs(x - y) < 1e-9);

        var (expected, actual) = (NetworkAnalysis.Of(rebuilt), NetworkAnalysis.Of(aggregated));
        for (var v = 0; v < rebuilt.NodeCount; v++)
        {
            Assert.Equal(Numbers(expected[v]), Numbers(actual[v]), (x, y) => Math.Abs(x - y) < 1e-9);
        }

        Assert.Equal(expected.Stats.Communities, actual.Stats.Communities);
        Assert.Equal(expected.Stats.Modularity, actual.Stats.Modularity, 9);
    }

    [Fact]
    public void TheSampleReportsGiveEveryOneModeViewSomeEdges()
    {
        foreach (var view in new[] { NetworkView.Actors, NetworkView.Countries, NetworkView.Agencies })
        {
            Assert.NotEmpty(AggregateNetworkBuilder.Build(_store, view, NetworkFilter.None).Edges);
        }
    }

    [Fact]
    public void EveryStoredReportChangesTheVersionAndADuplicateDoesNot()
    {
        var before = _store.Version();
        var ingestor = new ReportIngestor(ReportExtractor.Default, _store);
        ingestor.Ingest(new ReportSubmission("Europol met INTERPOL in Lyon on a new case."));
        var after = _store.Version();
        ingestor.Ingest(new ReportSubmission("Europol met INTERPOL in Lyon on a new case."));

        Assert.True(after > before);
        Assert.Equal(after, _store.Version());
    }

    [Fact]
    public void AFileWithYearMonthCodesAndNewmanSharesByOperationConvertsInPlaceToTheSameViews()
    {
        var queries = Queries.Select(q => ((string)q[0], (string)q[1])).ToList();
        var before = queries.Select(q => Picture(_store, q)).ToList();
        var operations = new TallyScope("operations:actors", TallyScope.All, TallyScope.All, TallyScope.All);
        // What the previous schema left: months as yyyyMM, dates as yyyyMMdd, and a Newman share in every
        // operations: row (link_totals' trigger adds it to the kept sums).
        var path = Path.Combine(_folder, "graph.db");
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            foreach (var table in new[] { "node_tallies", "edge_tallies", "operation_tallies" })
            {
                command.CommandText += $"""
                    UPDATE {table} SET period = CASE WHEN period > 0 THEN (period / 12 * 100) + (period % 12) + 1 ELSE period END,
                        first_date = CAST(strftime('%Y%m%d', julianday('2000-01-01') + first_date) AS INTEGER);
                    """;
            }

            command.CommandText += $"""
                UPDATE edge_tallies SET newman = events * 0.5 WHERE projection IN (SELECT id FROM tally_names WHERE name LIKE 'operations:%');
                UPDATE operation_tallies SET newman = events * 0.5;
                ALTER TABLE mentions ADD COLUMN surface TEXT NOT NULL DEFAULT '';
                UPDATE schema_version SET version = {Schema.OperationMonthsVersion - 2};
                """;
            command.ExecuteNonQuery();
            command.CommandText = """
                SELECT (SELECT MIN(period) FROM edge_tallies WHERE period > 0) > 200000
                    AND (SELECT SUM(newman) FROM link_totals WHERE projection IN (SELECT id FROM tally_names WHERE name LIKE 'operations:%')) > 0
                """;
            Assert.Equal(1L, command.ExecuteScalar());
        }

        var upgraded = new SqliteReportStore($"Data Source={path}");

        Assert.Equal(before, queries.Select(q => Picture(upgraded, q)).ToList());
        Assert.All(upgraded.StoredLinkTotals(operations), t => Assert.Equal(0, t.Newman));
        Assert.Equal(upgraded.SummedLinkTotals(operations).OrderBy(t => t.Node, StringComparer.Ordinal),
            upgraded.StoredLinkTotals(operations).OrderBy(t => t.Node, StringComparer.Ordinal));
    }

    // A view's nodes and edges as text, so two reads compare whole.
    internal static string Picture(IReportStore store, (string View, string Query) q)
    {
        var (view, filter) = Parse(q.View, q.Query);
        var network = AggregateNetworkBuilder.Build(store, view, filter);
        return string.Join("\n", network.Nodes.Select(n => n.ToString()).Concat(network.Edges.Select(e =>
            FormattableString.Invariant($"{e.Id} {e.Kind} {e.Weight:R} {e.ReportCount} {e.EventCount} {e.FirstDate}"))));
    }

    private static (NetworkView View, NetworkFilter Filter) Parse(string view, string query)
    {
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var parsed = new NetworkQuery(view, values.GetValueOrDefault("from"), values.GetValueOrDefault("to"), values.GetValueOrDefault("crimeArea"),
            values.GetValueOrDefault("kinds"), values.GetValueOrDefault("minWeight"), values.GetValueOrDefault("center"), values.GetValueOrDefault("depth"),
            values.GetValueOrDefault("operation"), values.GetValueOrDefault("weighting"), Weight: values.GetValueOrDefault("weight"));
        Assert.True(parsed.TryParse(out var v, out var filter, out var errors), string.Join("; ", errors.Keys));
        return (v, filter);
    }

    private static double[] Numbers(NodeMetrics m) =>
        [m.Degree, m.WeightedDegree, m.Betweenness, m.WeightedBetweenness, m.Closeness, m.PageRank ?? -1, m.Eigenvector ?? -1, m.Clustering, m.Core, m.Community];
}
