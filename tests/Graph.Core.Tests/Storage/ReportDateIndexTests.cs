using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Storage;

/// <summary>
/// The reports of a date range are found through an index on their date: a file written before the index
/// gains it when opened, and the read of a range's day events walks the index instead of every event.
/// </summary>
public sealed class ReportDateIndexTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("graph-report-dates-").FullName, "graph.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }

    // ReportDates and the migrations appended after it (PendingLinks) run again.
    private const int MigrationsFromReportDates = 2;

    [Fact]
    public void AFileWithoutTheIndexGainsItAndReadsTheSameDayEventsThroughIt()
    {
        var store = new SqliteReportStore($"Data Source={_path}");
        var ingestor = new ReportIngestor(ReportExtractor.Default, store);
        foreach (var file in Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal))
        {
            ingestor.Ingest(SampleReportFile.Parse(File.ReadAllText(file)));
        }

        var dates = store.ListReports().Select(r => r.Date).OfType<DateOnly>().Order().ToList();
        var (from, to) = (dates[1], dates[^2]);
        var before = store.ReadDayEvents(from, to, null);
        Execute($"DROP INDEX ix_reports_date; UPDATE schema_version SET version = {Schema.Version - MigrationsFromReportDates};");
        Assert.Equal(0L, Query("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_reports_date'"));

        var after = new SqliteReportStore($"Data Source={_path}").ReadDayEvents(from, to, null);

        Assert.Equal(1L, Query("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_reports_date'"));
        Assert.Equal((long)Schema.Version, Query("SELECT version FROM schema_version"));
        Assert.InRange(before.Count, 2, dates.Count * 20);
        Assert.Equal(before.Select(Text), after.Select(Text));
        Assert.Contains("ix_reports_date", Plan($"""
            SELECT e.id FROM events e JOIN reports r ON r.id = e.report_id
            WHERE r.date IS NOT NULL AND r.date >= '{from:yyyy-MM-dd}' AND r.date <= '{to:yyyy-MM-dd}'
            """), StringComparison.Ordinal);
    }

    [Fact]
    public void TheNewestEventsAreTheNewestByDateThenIdAndAreFoundThroughTheDateIndex()
    {
        var store = new SqliteReportStore($"Data Source={_path}");
        var ingestor = new ReportIngestor(ReportExtractor.Default, store);
        foreach (var file in Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal))
        {
            ingestor.Ingest(SampleReportFile.Parse(File.ReadAllText(file)));
        }

        var all = store.LoadDataset();
        var dates = all.Reports.ToDictionary(r => r.Id, r => r.Date);
        var newest = all.Events.Where(e => dates[e.ReportId] is not null)
            .OrderByDescending(e => dates[e.ReportId]).ThenByDescending(e => e.Id).Take(5).Select(e => e.Id).Order().ToList();

        var read = store.LoadDataset(new Graph.Core.Storage.EventQuery(Limit: 5));

        Assert.Equal(5, newest.Count);
        Assert.Equal(newest, read.Events.Select(e => e.Id).Order());
        var plan = Plan($"SELECT e.id FROM {SqliteReportStore.NewestEvents} ORDER BY r.date DESC, e.id DESC LIMIT 5");
        Assert.Contains("ix_reports_date", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN e", plan, StringComparison.Ordinal);
    }

    private static string Text(Graph.Core.Storage.DayEvent e) =>
        $"{e.Id} {e.ReportId} {e.Date} {e.CrimeArea} {e.OperationId} " + string.Join(",", e.Participants.Select(p => $"{p.ActorId}:{p.Led}"));

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // SQLite's plan for a query, its steps joined.
    private string Plan(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join(" / ", steps);
    }

    private object? Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
