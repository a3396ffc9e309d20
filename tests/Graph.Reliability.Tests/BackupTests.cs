using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Storage.Sqlite;
using Graph.Reliability.Tests.Harness;
using Xunit.Abstractions;

namespace Graph.Reliability.Tests;

/// <summary>
/// <c>graph backup</c> on a live database while the real server keeps taking posts, then
/// <c>graph restore</c> into a new file that a server can open.
/// </summary>
public sealed class BackupTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ABackupTakenWhileTheServerWritesIsConsistentAndRestores()
    {
        var acknowledged = new ConcurrentBag<string>();
        await using (var server = await ServerProcess.StartAsync(_folder.Database))
        {
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(c => WriteAsync(server, $"backup-c{c}", acknowledged, stop.Token)).ToArray();
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            var backups = new List<(string File, int AcknowledgedBefore)>();
            for (var i = 0; i < 3; i++)
            {
                var before = acknowledged.Count;
                var file = _folder.File($"backup-{i}.db");
                var run = await GraphCommand.RunAsync("backup", "--db", _folder.Database, "--out", file);
                Assert.True(run.ExitCode == 0, run.Error);
                output.WriteLine(run.Output.Trim());
                backups.Add((file, before));
            }

            await stop.CancelAsync();
            await Task.WhenAll(writers);
            foreach (var (file, before) in backups)
            {
                // Every report acknowledged before the backup started is in it, and the file is whole.
                Assert.True(SqliteBackup.Check(file) >= before, $"{file} has fewer reports than were acknowledged before it began.");
            }
        }

        var restored = _folder.File("restored.db");
        var restore = await GraphCommand.RunAsync("restore", "--from", _folder.File("backup-2.db"), "--db", restored);
        Assert.True(restore.ExitCode == 0, restore.Error);
        await using var again = await ServerProcess.StartAsync(restored);
        var listed = await ReportListing.AllAsync(again.Client(writer: false));
        Assert.Equal(SqliteBackup.Check(_folder.File("backup-2.db")), listed.Length);
        Assert.Equal(HttpStatusCode.Created, (await SampleReports.PostAsync(again.Client(), "after-restore")).StatusCode);
    }

    [Fact]
    public async Task BackupRefusesToOverwriteAFile()
    {
        await File.WriteAllTextAsync(_folder.File("taken.db"), "precious");
        await using (var server = await ServerProcess.StartAsync(_folder.Database))
        {
            (await SampleReports.PostAsync(server.Client(), "one")).EnsureSuccessStatusCode();
        }

        var run = await GraphCommand.RunAsync("backup", "--db", _folder.Database, "--out", _folder.File("taken.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("exists already", run.Error, StringComparison.Ordinal);
        Assert.Equal("precious", await File.ReadAllTextAsync(_folder.File("taken.db")));
    }

    private static async Task WriteAsync(ServerProcess server, string prefix, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        using var client = server.Client();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            using var response = await SampleReports.PostAsync(client, $"{prefix}-n{n}", CancellationToken.None);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            acknowledged.Add($"{prefix}-n{n}");
        }
    }
}
