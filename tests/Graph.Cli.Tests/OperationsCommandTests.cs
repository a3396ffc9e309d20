using Microsoft.Data.Sqlite;

namespace Graph.Cli.Tests;

/// <summary>The operator's verbs: keys, backup, restore and compact, run as the real command on real files.</summary>
public sealed class OperationsCommandTests : IDisposable
{
    private const string Report = "date 2023-05-10\nOperation Lantern, coordinated by Europol, brought together police from Spain and France.\n";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task KeysAddPrintsASecretOnceListShowsNamesAndRevokeRetiresThem()
    {
        var add = await CommandLine.RunAsync("keys", "add", "alice", "--db", _workspace.Database);
        var secret = add.Output.Trim();

        Assert.Equal(0, add.ExitCode);
        Assert.Matches("^gk_[0-9a-f]{64}$", secret);
        Assert.Equal(0, (await CommandLine.RunAsync("keys", "add", "bob", "--db", _workspace.Database)).ExitCode);
        Assert.Equal(0, (await CommandLine.RunAsync("keys", "revoke", "bob", "--db", _workspace.Database)).ExitCode);
        var list = await CommandLine.RunAsync("keys", "list", "--db", _workspace.Database);
        Assert.Matches(@"^alice\tcreated [0-9-]+ [0-9:]+\tlive\nbob\tcreated [0-9-]+ [0-9:]+\trevoked ", list.Output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain(secret, list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keys", "add", "alice")]
    [InlineData("keys", "add", "default")]
    [InlineData("keys", "add", "no spaces")]
    [InlineData("keys", "revoke", "nobody")]
    [InlineData("keys", "rotate")]
    public async Task BadKeyCommandsFailWithAMessage(params string[] args)
    {
        await CommandLine.RunAsync("keys", "add", "alice", "--db", _workspace.Database);

        var run = await CommandLine.RunAsync([.. args, "--db", _workspace.Database]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("graph keys: ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task BackupThenRestoreGivesBackTheSameReports()
    {
        var report = _workspace.Write("lantern.txt", Report);
        Assert.Equal(0, (await CommandLine.RunAsync("ingest", "--db", _workspace.Database, report)).ExitCode);
        var backup = Path.Combine(_workspace.Folder, "copy.db");
        var restored = Path.Combine(_workspace.Folder, "restored.db");

        var backupRun = await CommandLine.RunAsync("backup", "--db", _workspace.Database, "--out", backup);
        var restoreRun = await CommandLine.RunAsync("restore", "--from", backup, "--db", restored);

        Assert.Equal(0, backupRun.ExitCode);
        Assert.Contains("1 reports, ", backupRun.Output, StringComparison.Ordinal);
        Assert.Equal(0, restoreRun.ExitCode);
        var stats = await CommandLine.RunAsync("stats", "--db", restored);
        Assert.Contains("nodes:", stats.Output, StringComparison.Ordinal);
        Assert.Contains("Europol", stats.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoringFromAFileThatIsNoDatabaseFailsAndLeavesTheTargetAlone()
    {
        var report = _workspace.Write("lantern.txt", Report);
        await CommandLine.RunAsync("ingest", "--db", _workspace.Database, report);
        var junk = _workspace.Write("junk.db", "not a database at all, just words");

        var run = await CommandLine.RunAsync("restore", "--from", junk, "--db", _workspace.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("graph restore: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Europol", (await CommandLine.RunAsync("stats", "--db", _workspace.Database)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompactGivesFreePagesBackAndKeepsTheReports()
    {
        var report = _workspace.Write("lantern.txt", Report);
        Assert.Equal(0, (await CommandLine.RunAsync("ingest", "--db", _workspace.Database, report)).ExitCode);
        using (var connection = new SqliteConnection($"Data Source={_workspace.Database};Pooling=False"))
        {
            connection.Open();
            using var filler = connection.CreateCommand();
            filler.CommandText = "CREATE TABLE filler (x BLOB); INSERT INTO filler SELECT zeroblob(4000) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) SELECT i FROM n); DROP TABLE filler; PRAGMA wal_checkpoint(TRUNCATE);";
            filler.ExecuteNonQuery();
        }

        var grown = new FileInfo(_workspace.Database).Length;

        var run = await CommandLine.RunAsync("compact", "--db", _workspace.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^compacted .+: \d+ → \d+ bytes \(\d{3,} free pages returned\), 1 reports, integrity ok", run.Output);
        Assert.True(new FileInfo(_workspace.Database).Length < grown - 1_000_000, "The file did not shrink by the megabytes dropped.");
        Assert.Contains("Europol", (await CommandLine.RunAsync("stats", "--db", _workspace.Database)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompactingAFileThatIsNoDatabaseFailsAndLeavesItAlone()
    {
        var junk = _workspace.Write("junk.db", "not a database at all, just words");

        var run = await CommandLine.RunAsync("compact", "--db", junk);
        var missing = await CommandLine.RunAsync("compact", "--db", Path.Combine(_workspace.Folder, "absent.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("graph compact: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("not a database at all, just words", File.ReadAllText(junk));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No database at", missing.Error, StringComparison.Ordinal);
    }
}
