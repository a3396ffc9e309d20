using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Tests;

/// <summary><c>graph import</c> run as its own process on real files and a real SQLite file.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _workspace.Dispose();
    }

    /// <summary>GDELT 2.0 event rows in the documented 61-column layout, each a judicial cooperation between two countries.</summary>
    private static IEnumerable<string> GdeltRows(int count, int firstId = 1)
    {
        string[] countries = ["USA", "FRA", "DEU", "ESP", "ITA", "GBR", "POL", "ROM"];
        for (var i = 0; i < count; i++)
        {
            var cells = new string[61];
            Array.Fill(cells, "");
            (cells[0], cells[1], cells[7], cells[17]) = ((firstId + i).ToString(CultureInfo.InvariantCulture), "20250105", countries[i % 8], countries[(i + 1) % 8]);
            (cells[26], cells[28], cells[29], cells[30], cells[31], cells[60]) = ("063", "06", "2", "6.0", "3", $"https://news.example.org/{i}");
            yield return string.Join('\t', cells);
        }
    }

    private static long Count(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task ASmallerBatchStoresTheSameReportsAndABatchOfNoReportsIsRefused()
    {
        File.WriteAllLines(Path.Combine(_workspace.Folder, "events.export.CSV"), GdeltRows(5));
        var file = Path.Combine(_workspace.Folder, "events.export.CSV");

        var refused = await CommandLine.RunAsync("import", "--db", _workspace.Database, "--batch", "0", file);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--batch must be a whole number of reports from 1 to 100000, not '0'", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_workspace.Database));

        var run = await CommandLine.RunAsync("import", "--db", _workspace.Database, "--batch", "2", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("read 5, stored 5, already stored 0, refused 0", run.Output, StringComparison.Ordinal);
        Assert.Equal(5, Count(_workspace.Database, "SELECT COUNT(*) FROM reports"));
    }

    [Fact]
    public async Task ABulkLoadLinkedAtTheEndWritesLargerTransactionsUnlessToldOtherwise()
    {
        var file = Path.Combine(_workspace.Folder, "events.export.CSV");
        File.WriteAllLines(file, GdeltRows(3));

        var plain = await CommandLine.RunAsync("import", "--db", _workspace.Database, file);
        var bulk = await CommandLine.RunAsync("import", "--db", Path.Combine(_workspace.Folder, "bulk.db"), "--links-at-end", file);

        Assert.Contains("500 reports a transaction", plain.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("linked into operations after the last", plain.Output, StringComparison.Ordinal);
        Assert.Contains("5,000 reports a transaction, events linked into operations after the last", bulk.Output, StringComparison.Ordinal);
        Assert.Contains("read 3, stored 3", bulk.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksAtTheEndGiveTheOperationsAndTalliesOfLinksMadeReportByReport()
    {
        var file = Path.Combine(_workspace.Folder, "events.export.CSV");
        File.WriteAllLines(file, GdeltRows(300));
        var atEnd = Path.Combine(_workspace.Folder, "at-end.db");

        var byReport = await CommandLine.RunAsync("import", "--db", _workspace.Database, "--batch", "40", file);
        var linkedAtEnd = await CommandLine.RunAsync("import", "--db", atEnd, "--batch", "40", "--links-at-end", file);

        Assert.Equal(0, byReport.ExitCode);
        Assert.Equal(0, linkedAtEnd.ExitCode);
        Assert.Contains("linked 300 events into operations at the end", linkedAtEnd.Output, StringComparison.Ordinal);
        const string Operations = "SELECT COUNT(*) * 1000000 + SUM(n) FROM (SELECT COUNT(*) AS n FROM operation_events GROUP BY operation_id)";
        // The pipeline extracts on every core, so two runs may store the reports in another order: no ids, no first keys.
        const string Counted = """
            SELECT SUM(t.reports * 7 + t.events * 3 + t.sources + t.first_date % 1000) FROM edge_tallies t
            JOIN tally_names p ON p.id = t.projection WHERE p.name LIKE 'operations:%'
            """;
        Assert.Equal(Count(_workspace.Database, Operations), Count(atEnd, Operations));
        Assert.True(Count(atEnd, Counted) > 0);
        Assert.Equal(Count(_workspace.Database, Counted), Count(atEnd, Counted));
        Assert.Equal(0, Count(atEnd, "SELECT COUNT(*) FROM links_pending"));
        Assert.Contains("40 reports a transaction, events linked into operations after the last", linkedAtEnd.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportGoesToPostgresWhenGivenAHostConnectionString()
    {
        // Port 1 on the loopback refuses at once: what matters is that PostgreSQL's client was asked, not SQLite's.
        var file = _workspace.Write("in/one.txt", "Europol supported the Guardia Civil in Spain.");

        var run = await CommandLine.RunAsync("import", "--db", "Host=127.0.0.1;Port=1;Username=graph;Database=absent;Timeout=3", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("graph import: the database could not be used:", run.Error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportStoresEveryFormatPrintsTheSummaryAndFailsWhenSomethingWasRefused()
    {
        _workspace.Write("in/reports.csv", "text,title,date\n\"Europol supported the Guardia Civil in Spain.\",Spain,2024-01-02\n\"\",Empty,2024-01-03\n");
        _workspace.Write("in/feed.rss", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://x.example.org/</link><description>d</description>
            <item><title>Joint team</title><link>https://x.example.org/1</link><description>Eurojust helped Belgium and the Netherlands.</description></item>
            </channel></rss>
            """);
        File.WriteAllLines(Path.Combine(_workspace.Folder, "in", "events.export.CSV"), GdeltRows(3));

        var run = await CommandLine.RunAsync("import", "--db", _workspace.Database, Path.Combine(_workspace.Folder, "in"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("read 6, stored 5, already stored 0, refused 1, skipped 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("reports.csv, line 3: the text is empty.", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, Count(_workspace.Database, "SELECT COUNT(*) FROM reports WHERE source_kind = 'coded'"));

        var again = await CommandLine.RunAsync("import", "--db", _workspace.Database, Path.Combine(_workspace.Folder, "in"));
        Assert.Contains("stored 0, already stored 5, refused 1", again.Output, StringComparison.Ordinal);
        Assert.Equal(5, Count(_workspace.Database, "SELECT COUNT(*) FROM reports"));
    }

    [Fact]
    public async Task ACleanImportExitsZeroAndTheGraphCanShowCodedEventsAlone()
    {
        var file = Path.Combine(_workspace.Folder, "events.export.CSV");
        File.WriteAllLines(file, GdeltRows(4));

        var run = await CommandLine.RunAsync("import", "--db", _workspace.Database, "--format", "gdelt", file);
        var coded = await CommandLine.RunAsync("stats", "--db", _workspace.Database, "--source", "coded");
        var reports = await CommandLine.RunAsync("stats", "--db", _workspace.Database, "--source", "reports");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("stored 4", run.Output, StringComparison.Ordinal);
        Assert.Contains("nodes:       5", coded.Output, StringComparison.Ordinal); // USA, FRA, DEU, ESP, ITA in a chain
        Assert.Contains("nodes:       0", reports.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFormatOrMissingPathIsAnErrorThatStoresNothing()
    {
        var format = await CommandLine.RunAsync("import", "--db", _workspace.Database, "--format", "pdf", _workspace.Folder);
        var missing = await CommandLine.RunAsync("import", "--db", _workspace.Database, Path.Combine(_workspace.Folder, "nowhere"));

        Assert.Equal((1, 1), (format.ExitCode, missing.ExitCode));
        Assert.Contains("unknown format 'pdf'; known: auto|html|feed|csv|jsonl|gdelt|text", format.Error, StringComparison.Ordinal);
        Assert.Contains("no such file or folder", missing.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_workspace.Database));
    }

    [Fact]
    public async Task KilledMidImportLosesNoCommittedBatchLeavesNoHalfReportAndARerunCompletesIt()
    {
        const int Rows = 40_000;
        var file = Path.Combine(_workspace.Folder, "big.export.CSV");
        File.WriteAllLines(file, GdeltRows(Rows));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "graph.dll"), "import", "--db", _workspace.Database, file })
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(start)!)
        {
            // Kill (SIGKILL) as soon as the first batches are committed, while later ones are being written.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!process.HasExited && DateTime.UtcNow < deadline && (!File.Exists(_workspace.Database) || SafeCount(_workspace.Database) < 1000))
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "The import finished before it could be killed; make the input larger.");
            process.Kill();
            await process.WaitForExitAsync();
        }

        var stored = Count(_workspace.Database, "SELECT COUNT(*) FROM reports");
        Assert.InRange(stored, 1000, Rows - 1);
        Assert.Equal(stored, Count(_workspace.Database, "SELECT COUNT(*) FROM coded_events"));
        Assert.Equal(stored, Count(_workspace.Database, "SELECT COUNT(*) FROM events"));
        Assert.Equal(2 * stored, Count(_workspace.Database, "SELECT COUNT(*) FROM participations"));

        var rerun = await CommandLine.RunAsync("import", "--db", _workspace.Database, file);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"stored {Rows - stored}, already stored {stored}, refused 0", rerun.Output, StringComparison.Ordinal);
        Assert.Equal(Rows, Count(_workspace.Database, "SELECT COUNT(*) FROM reports"));
    }

    private static long SafeCount(string database)
    {
        try
        {
            return Count(database, "SELECT COUNT(*) FROM reports");
        }
        catch (SqliteException)
        {
            return 0; // the file exists before its tables do
        }
    }
}
