using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Operations;
using Graph.Core.Storage;
using Graph.Core.Storage.Relational;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Operations;

/// <summary>The linker over a real SQLite file, fed by the real extractor.</summary>
public sealed class OperationLinkingTests : IDisposable
{
    // The same operation told three ways: a Roman serial, digits, and a hyphen, with different actors and arrests.
    private static readonly ReportSubmission Interpol = new(
        "Operation Pangea XVI was coordinated by INTERPOL with police from Spain, France and Italy. " +
        "Officers arrested 72 people and seized fake medicines.", Date: new DateOnly(2023, 10, 10));

    private static readonly ReportSubmission Newspaper = new(
        "Spanish and Italian police took part in Operation Pangea 16 against illicit medicines, together with INTERPOL. " +
        "In all 72 people were arrested.", Date: new DateOnly(2023, 10, 12));

    private static readonly ReportSubmission Ministry = new(
        "France joined Operation Pangea-16, led by INTERPOL with officers from Spain. " +
        "Police arrested 95 people during the week of action.", Date: new DateOnly(2023, 10, 20));

    private static readonly ReportSubmission Unrelated = new(
        "Operation Trojan Shield was led by the FBI with police from Australia and Sweden.", Date: new DateOnly(2023, 10, 11));

    private readonly string _folder = Directory.CreateTempSubdirectory("graph-operation-tests-").FullName;
    private readonly SqliteReportStore _store;
    private readonly ReportIngestor _ingestor;

    public OperationLinkingTests()
    {
        _store = new SqliteReportStore($"Data Source={Path.Combine(_folder, "graph.db")}");
        _ingestor = new ReportIngestor(ReportExtractor.Default, _store);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void ThreeDifferentlyWordedReportsOfOneOperationBecomeOneOperationWithThreeSources()
    {
        var ids = new[] { Interpol, Unrelated, Newspaper, Ministry }.Select(r => _ingestor.Ingest(r).Saved.ReportId).ToList();

        var operation = Assert.IsType<OperationDetail>(_store.FindOperation(OperationOfReport(ids[0])));

        Assert.Equal([ids[0], ids[2], ids[3]], operation.Sources.Select(s => s.Report.Id));
        // The extractor reads "Pangea-16" whole (session 14: a hyphen inside a code name keeps it together), so the
        // ministry's name is the newspaper's once both are normalised.
        Assert.Equal([LinkRule.First, LinkRule.SameName, LinkRule.SameName], operation.Sources.Select(s => s.Link.Rule));
        Assert.Contains("'pangea 16'", operation.Sources[1].Link.Explanation, StringComparison.Ordinal);
        Assert.Contains("'pangea 16'", operation.Sources[2].Link.Explanation, StringComparison.Ordinal);
        Assert.NotEqual(operation.Id, OperationOfReport(ids[1]));
        Assert.Equal(new DateOnly(2023, 10, 10), operation.FirstDate);
        Assert.Equal(new DateOnly(2023, 10, 20), operation.LastDate);
    }

    [Fact]
    public void ConflictingArrestFiguresAppearAsTwoClaimsEachWithItsReports()
    {
        var ids = new[] { Interpol, Newspaper, Ministry }.Select(r => _ingestor.Ingest(r).Saved.ReportId).ToList();

        var operation = _store.FindOperation(OperationOfReport(ids[0]))!;
        var arrests = operation.Claims.Where(c => c.Subject == "arrests").ToList();

        Assert.Equal(2, arrests.Count);
        Assert.Equal(["72", "95"], arrests.Select(c => c.Value));
        Assert.Equal([ids[0], ids[1]], arrests[0].ReportIds);
        Assert.Equal([ids[2]], arrests[1].ReportIds);
    }

    [Fact]
    public void EdgesCountTheOperationOnceAndReportsOnRequest()
    {
        new[] { Interpol, Newspaper, Ministry }.ToList().ForEach(r => _ingestor.Ingest(r));

        var byOperation = AggregateNetworkBuilder.Build(_store, NetworkView.Actors, NetworkFilter.None);
        var byReport = AggregateNetworkBuilder.Build(_store, NetworkView.Actors, new NetworkFilter(Weighting: EdgeWeighting.Reports));
        var rebuilt = NetworkBuilder.Build(_store.LoadDataset(), NetworkView.Actors, NetworkFilter.None);

        var edge = byOperation.Edges.Single(e => e.Id == "agency:interpol|country:ES");
        Assert.Equal((1.0, 3), (edge.Weight, edge.ReportCount));
        Assert.Equal(3.0, byReport.Edges.Single(e => e.Id == edge.Id).Weight);
        Assert.Equal(byOperation.Edges.Select(e => (e.Id, e.Weight)), rebuilt.Edges.Select(e => (e.Id, e.Weight)));
    }

    [Fact]
    public void ACuratorsOverrideKeepsTwoReportsApartAfterRelinking()
    {
        var ids = new[] { Interpol, Newspaper }.Select(r => _ingestor.Ingest(r).Saved.ReportId).ToList();
        var (first, second) = (EventOf(ids[0]), EventOf(ids[1]));
        Assert.Equal(_store.OperationOf(first), _store.OperationOf(second));

        _store.LinkOverrides = new Decisions([new LinkOverride(second, first, Together: false, "two different weeks of action")]);
        _store.RelinkOperations();

        Assert.NotEqual(_store.OperationOf(first), _store.OperationOf(second));
        var edge = AggregateNetworkBuilder.Build(_store, NetworkView.Actors, NetworkFilter.None).Edges.Single(e => e.Id == "agency:interpol|country:ES");
        Assert.Equal(2.0, edge.Weight);
    }

    [Fact]
    public void AnUnnamedReportJoinsTheOperationWhoseParticipantsCrimeAreaAndWeekItShares()
    {
        var named = _ingestor.Ingest(Interpol).Saved.ReportId;
        var unnamed = _ingestor.Ingest(new ReportSubmission(
            "INTERPOL coordinated police from Spain, France and Italy against fake medicines sold online; 72 people were arrested.",
            Date: new DateOnly(2023, 10, 14))).Saved.ReportId;

        var operation = _store.FindOperation(OperationOfReport(named))!;

        var joined = Assert.Single(operation.Sources, s => s.Report.Id == unnamed);
        Assert.Equal(LinkRule.SharedParticipants, joined.Link.Rule);
        Assert.Contains("share", joined.Link.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void TalliesAddedAsEachReportJoinsItsOperationEqualThoseARelinkCountsAgain()
    {
        // The last report, dated before the others, moves the operation's first date and month.
        var earlier = Interpol with { Text = "Operation Pangea XVI began: INTERPOL and Germany arrested 3 people.", Date = new DateOnly(2023, 9, 28) };
        new[] { Interpol, Unrelated, Newspaper, Ministry, earlier }.ToList().ForEach(r => _ingestor.Ingest(r));
        var added = OperationTallyRows();

        _store.RelinkOperations();

        Assert.Contains(added, row => row.StartsWith($"operations:actors|*|{TallyCodes.Period("2023-09")}|agency:interpol|country:FR|", StringComparison.Ordinal));
        Assert.Equal(OperationTallyRows(), added);
    }

    [Fact]
    public void AMonthAnOperationLeavesKeepsTheFirstAppearanceOfAnOperationOfOneEventThere()
    {
        // Pangea first holds October's INTERPOL–France row; once an earlier report moves it to September,
        // the row's first appearance is the one-event operation's, which keeps no copy of its tallies.
        var lone = new ReportSubmission("Operation Blue Lantern was led by INTERPOL with police from France.", Date: new DateOnly(2023, 10, 25));
        var earlier = Interpol with { Text = "Operation Pangea XVI began: INTERPOL and Germany arrested 3 people.", Date = new DateOnly(2023, 9, 28) };
        new[] { Interpol, lone, Newspaper, Ministry, earlier }.ToList().ForEach(r => _ingestor.Ingest(r));
        var added = OperationTallyRows();

        _store.RelinkOperations();

        Assert.Contains(added, row => row.StartsWith($"operations:actors|*|{TallyCodes.Period("2023-10")}|agency:interpol|country:FR|1|1|1|", StringComparison.Ordinal)
            && row.Contains($"|{TallyCodes.Date("2023-10-25")}|", StringComparison.Ordinal));
        Assert.Equal(OperationTallyRows(), added);
    }

    private List<string> OperationTallyRows()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "graph.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.name, a.name, t.period, s.name, g.name, t.reports, t.events, t.led, round(t.newman, 9), t.first_date, t.first_key, t.sources
            FROM edge_tallies t JOIN tally_names p ON p.id = t.projection JOIN tally_names a ON a.id = t.crime_area
            JOIN tally_names s ON s.id = t.source JOIN tally_names g ON g.id = t.target
            WHERE p.name LIKE 'operations:%'
            UNION ALL SELECT p.name, a.name, t.period, n.name, '', t.reports, t.events, 0, 0, t.first_date, t.first_key, t.sources
            FROM node_tallies t JOIN tally_names p ON p.id = t.projection JOIN tally_names a ON a.id = t.crime_area JOIN tally_names n ON n.id = t.node
            WHERE p.name LIKE 'operations:%' ORDER BY 1, 2, 3, 4, 5
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        return rows;
    }

    private long EventOf(long reportId) => _store.FindReport(reportId)!.Events.Single().Id;

    private long OperationOfReport(long reportId) => _store.OperationOf(EventOf(reportId))!.Value;

    private sealed class Decisions(IReadOnlyList<LinkOverride> all) : IOperationLinkOverrides
    {
        public IReadOnlyList<LinkOverride> For(long eventId) => [.. all.Where(d => d.EventId == eventId || d.OtherEventId == eventId)];
    }
}
