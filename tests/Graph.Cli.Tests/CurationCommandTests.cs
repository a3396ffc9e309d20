using System.IO.Compression;

namespace Graph.Cli.Tests;

public sealed class CurationCommandTests : IDisposable
{
    private const string Vibora = """
        Operation Vibora: Europol and the Spanish National Police dismantle a smuggling ring
        Madrid, 12 March 2024. The operation was led by the Spanish National Police with the support of Europol and the French Gendarmerie. Investigators from Portugal also took part.
        """;

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task EditRenameIsStoredWithItsAuthorAndShowsInTheExportAndItsUndoTakesItBack()
    {
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, _workspace.Write("vibora.txt", Vibora));

        var edit = await CommandLine.RunAsync("edit", "rename", "--actor", "agency:europol", "--name", "EU Agency for Police Cooperation",
            "--reason", "official name", "--author", "ana", "--db", _workspace.Database);
        var export = await CommandLine.RunAsync("export", "--format", "nodes-csv", "--out", "-", "--db", _workspace.Database);
        var undo = await CommandLine.RunAsync("edit", "undo", edit.Output.Trim(), "--reason", "keep the short name", "--db", _workspace.Database);
        var list = await CommandLine.RunAsync("edit", "list", "--db", _workspace.Database);

        Assert.Equal(0, edit.ExitCode);
        Assert.Contains("EU Agency for Police Cooperation", export.Output, StringComparison.Ordinal);
        Assert.Equal(0, undo.ExitCode);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\tana\trename\tundone\t", lines[0], StringComparison.Ordinal);
        Assert.Contains("\tundo\tin force\t", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadEditFailsWithAMessageAndStoresNothing()
    {
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, _workspace.Write("vibora.txt", Vibora));

        var run = await CommandLine.RunAsync("edit", "merge", "--actor", "agency:europol", "--other", "agency:nobody", "--reason", "x", "--db", _workspace.Database);
        var list = await CommandLine.RunAsync("edit", "list", "--db", _workspace.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing was stored", run.Error, StringComparison.Ordinal);
        Assert.Contains("agency:nobody", run.Error, StringComparison.Ordinal);
        Assert.Empty(list.Output);
    }

    [Fact]
    public async Task SnapshotPrintsAHashAndItsArchiveHoldsTheCiteableFiles()
    {
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, _workspace.Write("vibora.txt", Vibora));

        var snapshot = await CommandLine.RunAsync("snapshot", "--db", _workspace.Database);
        var hash = snapshot.Output.Trim();
        var zip = Path.Combine(_workspace.Folder, "snapshot.zip");
        var archive = await CommandLine.RunAsync("snapshot", "archive", hash, "--out", zip, "--view", "countries", "--layout", "fcose", "--seed", "3", "--db", _workspace.Database);

        Assert.Equal(0, snapshot.ExitCode);
        Assert.Equal(64, hash.Length);
        Assert.Equal(0, archive.ExitCode);
        using var files = ZipFile.OpenRead(zip);
        Assert.Equal(["CITATION.txt", "edges.csv", "evidence.csv", "graph.gexf", "graph.graphml", "manifest.json", "nodes.csv"],
            files.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var missing = await CommandLine.RunAsync("snapshot", "archive", new string('a', 64), "--out", zip, "--db", _workspace.Database);
        Assert.Equal(1, missing.ExitCode);
    }

    [Fact]
    public async Task UnlinkOperationSeparatesTheReportInTheExportedCountsAndItsUndoJoinsItAgain()
    {
        var first = _workspace.Write("lantern.txt", "date 2023-05-10\nOperation Lantern, coordinated by Europol, brought together police from Spain and France.\n");
        var second = _workspace.Write("lantern-2.txt", "date 2023-05-12\nPolice from Spain and Europol reported the results of Operation Lantern against people smugglers.\n");
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, first);
        var ingest = await CommandLine.RunAsync("ingest", "--db", _workspace.Database, second);
        var report = ingest.Output.Split('\t')[0];
        Assert.Equal("1", await WeightAsync("agency:europol", "country:ES"));

        var unlink = await CommandLine.RunAsync("edit", "unlink-operation", "--report", report, "--operation", "Operation Lantern",
            "--reason", "a later, separate action", "--db", _workspace.Database);

        Assert.Equal(0, unlink.ExitCode);
        Assert.Equal("2", await WeightAsync("agency:europol", "country:ES"));
        var undo = await CommandLine.RunAsync("edit", "undo", unlink.Output.Trim(), "--reason", "same action", "--db", _workspace.Database);
        Assert.Equal(0, undo.ExitCode);
        Assert.Equal("1", await WeightAsync("agency:europol", "country:ES"));
    }

    private async Task<string> WeightAsync(string a, string b)
    {
        var export = await CommandLine.RunAsync("export", "--format", "edges-csv", "--out", "-", "--db", _workspace.Database);
        var lines = export.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var weight = Array.IndexOf(lines[0].Split(','), "weight");
        return lines.Select(l => l.Split(',')).Single(c => (c[0] == a && c[1] == b) || (c[0] == b && c[1] == a))[weight];
    }
}
