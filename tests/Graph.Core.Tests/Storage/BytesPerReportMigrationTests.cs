using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Graph.Core.Tests.Network;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Storage;

/// <summary>
/// Session 13's migrations of an existing file. Operation copies that keep the all-time twins of their
/// month rows drop them in place, and the reports stored after that (later and earlier joins of operations
/// it already holds) leave every tally table as in a file that never had the twins. Mentions that keep
/// their surface forms drop them and give the same evidence.
/// </summary>
public sealed class BytesPerReportMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-bytes-migration-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void CopiesWithAllTimeTwinsConvertAndKeepCountingAsAFileThatNeverHadThem()
    {
        var samples = Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => SampleReportFile.Parse(File.ReadAllText(f))).ToList();
        // Each sample is stored again ten days later, so operations have two events and keep a copy.
        var told = samples.SelectMany(s => new[] { s, s with { Text = s.Text + "\n\nFollow-up note.", Date = s.Date?.AddDays(10) } }).ToList();
        var (firstHalf, secondHalf) = (told.Take(told.Count / 2).ToList(), told.Skip(told.Count / 2).ToList());
        var (fresh, converted) = (Path.Combine(_folder, "fresh.db"), Path.Combine(_folder, "converted.db"));

        Ingest(fresh, firstHalf);
        Ingest(converted, firstHalf);
        Execute(converted, $"""
            INSERT INTO operation_tallies
                SELECT operation_id, projection, crime_area, -1, source, target, reports, events, led, newman, first_date, first_key
                FROM operation_tallies WHERE crime_area = (SELECT id FROM tally_names WHERE name = '*');
            DROP INDEX ix_operation_tallies_key;
            CREATE INDEX ix_operation_tallies_key ON operation_tallies(projection, crime_area, period, source, target);
            ALTER TABLE mentions ADD COLUMN surface TEXT NOT NULL DEFAULT 'as written';
            UPDATE schema_version SET version = {Schema.OperationMonthsVersion - 1};
            """);
        Assert.NotEqual(0L, Query(converted, "SELECT COUNT(*) FROM operation_tallies WHERE period = -1"));

        // Reopening migrates; then both files take the same reports: the second half, and copies of an
        // operation's first report dated days and weeks before it (joins that move its first date).
        foreach (var path in new[] { fresh, converted })
        {
            Ingest(path, secondHalf);
            Ingest(path, [firstHalf[0] with { Text = firstHalf[0].Text + "\n\nAn earlier note.", Date = firstHalf[0].Date?.AddDays(-3) },
                firstHalf[0] with { Text = firstHalf[0].Text + "\n\nA much earlier note.", Date = firstHalf[0].Date?.AddDays(-40) }]);
        }

        Assert.Equal((long)Schema.Version, Query(converted, "SELECT version FROM schema_version"));
        Assert.Equal(0L, Query(converted, "SELECT COUNT(*) FROM operation_tallies WHERE period = -1"));
        Assert.Equal("projection,crime_area,source,target,period",
            Query(converted, "SELECT group_concat(name) FROM (SELECT name FROM pragma_index_info('ix_operation_tallies_key') ORDER BY seqno)"));
        Assert.NotEqual(0L, Query(fresh, "SELECT COUNT(*) FROM operation_tallies"));
        foreach (var table in new[] { "operation_tallies", "node_tallies", "edge_tallies", "link_totals", "operations" })
        {
            Assert.Equal(Dump(fresh, table), Dump(converted, table));
        }

        var queries = AggregateNetworkTests.Queries.Select(q => ((string)q[0], (string)q[1])).ToList();
        var (before, after) = (new SqliteReportStore($"Data Source={fresh}"), new SqliteReportStore($"Data Source={converted}"));
        Assert.Equal(queries.Select(q => AggregateNetworkTests.Picture(before, q)), queries.Select(q => AggregateNetworkTests.Picture(after, q)));
    }

    [Fact]
    public void MentionsWithTheirSurfaceFormsDropThemAndGiveTheSameEvidence()
    {
        var path = Path.Combine(_folder, "surfaces.db");
        Ingest(path, Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal).Select(f => SampleReportFile.Parse(File.ReadAllText(f))));
        var actors = ((string)Query(path, "SELECT group_concat(actor_id, ' ') FROM (SELECT DISTINCT actor_id FROM mentions ORDER BY 1)")!).Split(' ');
        var mentions = Dump(path, "mentions");
        var before = Evidence(path, actors);
        Execute(path, $"""
            ALTER TABLE mentions ADD COLUMN surface TEXT NOT NULL DEFAULT 'as written';
            UPDATE schema_version SET version = {Schema.OperationMonthsVersion};
            """);

        var after = Evidence(path, actors);

        Assert.Equal((long)Schema.Version, Query(path, "SELECT version FROM schema_version"));
        Assert.Equal(0L, Query(path, "SELECT COUNT(*) FROM pragma_table_info('mentions') WHERE name = 'surface'"));
        Assert.Equal(mentions, Dump(path, "mentions"));
        Assert.True(actors.Length > 5);
        Assert.Equal(before, after);
    }

    // Each actor's evidence (reports and sentences) as text.
    private static List<string> Evidence(string path, IEnumerable<string> actors)
    {
        var store = new SqliteReportStore($"Data Source={path}");
        return [.. actors.Select(a => a + ": " + string.Join(" | ", store.EvidenceFor(a).Select(e => e.Report.Id + " " + string.Join(" / ", e.Sentences))))];
    }

    private static void Ingest(string path, IEnumerable<ReportSubmission> reports)
    {
        var ingestor = new ReportIngestor(ReportExtractor.Default, new SqliteReportStore($"Data Source={path}"));
        foreach (var report in reports)
        {
            ingestor.Ingest(report);
        }
    }

    // A table's rows in key order as text, so two files compare whole.
    private static string Dump(string path, string table) =>
        (string)Query(path, $"SELECT group_concat(row, ' ') FROM (SELECT {Columns(path, table)} AS row FROM {table} ORDER BY 1)")!;

    private static string Columns(string path, string table) =>
        (string)Query(path, $"SELECT group_concat(name, ' || '','' || ') FROM pragma_table_info('{table}')")!;

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
