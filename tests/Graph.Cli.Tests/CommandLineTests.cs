using System.Text.Json;
using System.Xml.Linq;

namespace Graph.Cli.Tests;

/// <summary>The <c>graph</c> command as a user runs it: real files, a real SQLite file, real exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Lantern =
        "date 2023-05-10\nOperation Lantern, coordinated by Europol, brought together police from Spain, Portugal and France. " +
        "Officers arrested 14 suspects.\n";

    private const string Harbour =
        "date 2022-11-02\nThe Guardia Civil and the Polícia Judiciária seized cocaine in Vigo in an action supported by Europol.\n";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task AnUnknownVerbPrintsTheVerbsAndFails()
    {
        var run = await CommandLine.RunAsync("extrakt");

        Assert.Equal(2, run.ExitCode);
        var listed = run.Error[(run.Error.IndexOf("verbs: ", StringComparison.Ordinal) + 7)..].Trim().Split(", ");
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
        Assert.Superset(new HashSet<string>(["backup", "export", "extract", "import", "ingest", "keys", "restore", "stats"]), listed.ToHashSet());
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task APostgresConnectionStringAsDbIsUsedAsOneAndAServerThatIsDownGivesAMessage()
    {
        // Port 1 on the loopback refuses at once: the string must reach PostgreSQL's client, not name a SQLite file.
        var run = await CommandLine.RunAsync("stats", "--db", "Host=127.0.0.1;Port=1;Username=graph;Database=absent;Timeout=3");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("graph stats: the database could not be used:", run.Error.Trim(), StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("No database at", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task ExtractPrintsOneContractLinePerReportInTheOrderGiven()
    {
        var lantern = _workspace.Write("a/lantern.txt", Lantern);
        var harbour = _workspace.Write("b/harbour.txt", Harbour);

        var run = await CommandLine.RunAsync("extract", lantern, harbour);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(lantern, root.GetProperty("source").GetString());
        Assert.Equal("2023-05-10", root.GetProperty("date").GetString());
        var operation = Assert.Single(root.GetProperty("events").EnumerateArray());
        Assert.Equal("Operation Lantern", operation.GetProperty("name").GetString());
        Assert.Equal(["agency:europol"], operation.GetProperty("leadIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            ["agency:europol", "country:ES", "country:FR", "country:PT"],
            operation.GetProperty("participantIds").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(14, operation.GetProperty("figures").GetProperty("arrests").GetInt32());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(harbour, second.RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task BenchRunsWithDynamicPgoAndTheConcurrentCollectorAsTheServerDoesUnlessToldOff()
    {
        var folder = Path.GetDirectoryName(_workspace.Write("bench/lantern.txt", Lantern))!;

        // The default starts the command again with the runtime's PGO and collector variables set; its output is the run's.
        var server = await CommandLine.RunAsync("bench", "--corpus", folder, "--mb", "1", "--passes", "1");
        var cli = await CommandLine.RunAsync("bench", "--corpus", folder, "--mb", "1", "--passes", "1", "--pgo", "off");
        var wrong = await CommandLine.RunAsync("bench", "--corpus", folder, "--pgo", "sometimes");

        Assert.Equal(0, server.ExitCode);
        Assert.Contains("dynamic PGO on, concurrent collector;", server.Output, StringComparison.Ordinal);
        Assert.Contains("MB/s of CPU time", server.Output, StringComparison.Ordinal);
        Assert.Equal(0, cli.ExitCode);
        Assert.Contains("dynamic PGO off, non-concurrent collector;", cli.Output, StringComparison.Ordinal);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("--pgo needs on or off", wrong.Error, StringComparison.Ordinal);
        Assert.Empty(wrong.Output);
    }

    [Fact]
    public async Task ExtractOfAMissingFileSaysWhichAndFails()
    {
        var missing = Path.Combine(_workspace.Folder, "no-such-report.txt");

        var run = await CommandLine.RunAsync("extract", missing);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no-such-report.txt", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task IngestStoresEachReportOnceAndStatsReadsTheStore()
    {
        var folder = Path.GetDirectoryName(_workspace.Write("reports/lantern.txt", Lantern))!;
        _workspace.Write("reports/harbour.txt", Harbour);

        var first = await CommandLine.RunAsync("ingest", "--db", _workspace.Database, folder);
        var again = await CommandLine.RunAsync("ingest", "--db", _workspace.Database, folder);
        var stats = await CommandLine.RunAsync("stats", "--db", _workspace.Database, "--view", "countries");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, first.Output.Split('\n').Count(l => l.Contains("\tstored\t", StringComparison.Ordinal)));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(2, again.Output.Split('\n').Count(l => l.Contains("\talready stored\t", StringComparison.Ordinal)));
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("view:        countries", stats.Output, StringComparison.Ordinal);
        Assert.Contains("nodes:       3", stats.Output, StringComparison.Ordinal); // Spain, Portugal, France
    }

    [Fact]
    public async Task AReportThatCannotBeReadIsReportedAndTheStoreKeepsWhatItHad()
    {
        var good = _workspace.Write("good.txt", Lantern);
        var empty = _workspace.Write("empty.txt", "   \n");
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, good);
        var before = await CommandLine.RunAsync("stats", "--db", _workspace.Database);

        var run = await CommandLine.RunAsync("ingest", "--db", _workspace.Database, empty);
        var after = await CommandLine.RunAsync("stats", "--db", _workspace.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt", run.Error, StringComparison.Ordinal);
        Assert.Equal(before.Output, after.Output);
    }

    [Fact]
    public async Task ExportWritesGraphMlThatParsesAndRefusesAnUnknownFormat()
    {
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, _workspace.Write("lantern.txt", Lantern));
        var graphml = Path.Combine(_workspace.Folder, "view.graphml");
        var refused = Path.Combine(_workspace.Folder, "view.pdf");

        var written = await CommandLine.RunAsync("export", "--db", _workspace.Database, "--format", "graphml", "--out", graphml);
        var unknown = await CommandLine.RunAsync("export", "--db", _workspace.Database, "--format", "pdf", "--out", refused);

        Assert.Equal(0, written.ExitCode);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var nodes = XDocument.Load(graphml).Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Contains("agency:europol", nodes);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Unknown format 'pdf'", unknown.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(refused));
    }

    [Fact]
    public async Task StatsAndExportRefuseAnEgoNetworkAroundAnUnknownActor()
    {
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, _workspace.Write("lantern.txt", Lantern));
        var view = Path.Combine(_workspace.Folder, "ego.graphml");

        var stats = await CommandLine.RunAsync("stats", "--db", _workspace.Database, "--center", "agency:nobody");
        var export = await CommandLine.RunAsync("export", "--db", _workspace.Database, "--center", "agency:nobody", "--out", view);

        Assert.All([stats, export], run =>
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Unknown actor 'agency:nobody'", run.Error, StringComparison.Ordinal);
        });
        Assert.False(File.Exists(view));
    }

    [Fact]
    public async Task StatsRefusesAnUnknownViewAndABadDate()
    {
        var view = await CommandLine.RunAsync("stats", "--db", _workspace.Database, "--view", "galaxies");
        var date = await CommandLine.RunAsync("stats", "--db", _workspace.Database, "--from", "2024-13-40");

        Assert.NotEqual(0, view.ExitCode);
        Assert.Contains("galaxies", view.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, date.ExitCode);
        Assert.Contains("2024-13-40", date.Error, StringComparison.Ordinal);
        Assert.Empty(view.Output + date.Output);
    }
}
