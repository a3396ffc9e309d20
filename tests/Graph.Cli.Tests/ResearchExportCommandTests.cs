namespace Graph.Cli.Tests;

/// <summary><c>graph panel</c> and <c>graph dynamic-gexf</c>, run as the real command on a real database.</summary>
public sealed class ResearchExportCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public ResearchExportCommandTests()
    {
        _workspace.Write("a.txt", "date 2023-10-10\nOperation Pangea XVI was coordinated by INTERPOL with police from Spain and Italy.\n");
        _workspace.Write("b.txt", "date 2023-10-13\nSpain and Italy joined INTERPOL in Operation Pangea 16.\n");
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task ThePanelCountsTheOperationOnceThoughTwoReportsTellIt()
    {
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, Path.Combine(_workspace.Folder, "a.txt"), Path.Combine(_workspace.Folder, "b.txt"));

        var run = await CommandLine.RunAsync("panel", "--db", _workspace.Database, "--pairs", "directed", "--out", "-");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("country1,country2,period,variable,category,operations", lines[0]);
        Assert.Contains("ES,IT,2023,operations,all,1", lines);
        Assert.Contains("IT,ES,2023,operations,all,1", lines);
    }

    [Fact]
    public async Task ABadPeriodFailsWithAMessageAndWritesNothing()
    {
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, Path.Combine(_workspace.Folder, "a.txt"));
        var target = Path.Combine(_workspace.Folder, "panel.csv");

        var run = await CommandLine.RunAsync("panel", "--db", _workspace.Database, "--period", "week", "--out", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'period' must be year or month", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task TheDynamicGexfIsWrittenWithSpells()
    {
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, Path.Combine(_workspace.Folder, "a.txt"), Path.Combine(_workspace.Folder, "b.txt"));
        var target = Path.Combine(_workspace.Folder, "graph.gexf");

        var run = await CommandLine.RunAsync("dynamic-gexf", "--db", _workspace.Database, "--view", "countries", "--out", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<spell start=\"2023-10-10\" end=\"2023-10-13\" />", File.ReadAllText(target), StringComparison.Ordinal);
    }
}
