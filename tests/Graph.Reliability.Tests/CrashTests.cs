using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Reliability.Tests.Harness;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Graph.Reliability.Tests;

/// <summary>
/// kill -9 the real server three times while eight clients post; what was acknowledged must survive.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 8;
    private const int Crashes = 3;
    private static readonly TimeSpan WritingBeforeCrash = TimeSpan.FromSeconds(3);

    // On a loaded machine three seconds may pass before the server answers its first post; a round
    // then waits for one acknowledgement per client, up to this long, so every kill lands mid-writing.
    private static readonly TimeSpan LongestRound = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EveryAcknowledgedReportSurvivesThreeKillsOnceAndTheFileStaysIntact()
    {
        var acknowledged = new ConcurrentDictionary<string, long>();
        for (var round = 1; round <= Crashes; round++)
        {
            await using var server = await ServerProcess.StartAsync(_folder.Database);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Clients)
                .Select(client => PostUntilCrashAsync(server, $"crash-r{round}-c{client}", acknowledged, stop.Token))
                .ToArray();
            await WriteUntilAcknowledgedAsync(acknowledged, acknowledged.Count + Clients);
            await server.CrashAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            output.WriteLine($"round {round}: {acknowledged.Count} reports acknowledged so far");
        }

        Assert.True(acknowledged.Count >= Clients * Crashes, $"Only {acknowledged.Count} reports were acknowledged; the test proves little.");

        await using (var survivor = await ServerProcess.StartAsync(_folder.Database))
        {
            var listed = await ReportListing.AllAsync(survivor.Client(writer: false));
            var byTitle = listed.GroupBy(r => r.GetProperty("title").GetString()!).ToDictionary(g => g.Key, g => g.ToArray());
            foreach (var (marker, id) in acknowledged)
            {
                Assert.True(byTitle.TryGetValue(marker, out var copies), $"Report {marker} got 201 (id {id}) but is gone after the crashes.");
                Assert.Single(copies);
                Assert.Equal(id, copies[0].GetProperty("id").GetInt64());
            }

            Assert.All(byTitle, pair => Assert.Single(pair.Value));
            output.WriteLine($"after {Crashes} kills: {acknowledged.Count} acknowledged, {listed.Length} stored, none missing, none twice");
        }

        using var connection = new SqliteConnection($"Data Source={_folder.Database};Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
    }

    /// <summary>Lets the clients write for <see cref="WritingBeforeCrash"/>, and longer until <paramref name="count"/> reports are acknowledged or <see cref="LongestRound"/> has passed.</summary>
    private static async Task WriteUntilAcknowledgedAsync(ConcurrentDictionary<string, long> acknowledged, int count)
    {
        await Task.Delay(WritingBeforeCrash);
        var waited = WritingBeforeCrash;
        var step = TimeSpan.FromMilliseconds(250);
        while (acknowledged.Count < count && waited < LongestRound)
        {
            await Task.Delay(step);
            waited += step;
        }
    }

    /// <summary>Posts new reports one after another until the server dies; records each 201 with its id.</summary>
    private static async Task PostUntilCrashAsync(ServerProcess server, string prefix, ConcurrentDictionary<string, long> acknowledged, CancellationToken stop)
    {
        using var client = server.Client();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var marker = $"{prefix}-n{n}";
            try
            {
                using var response = await SampleReports.PostAsync(client, marker, stop);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>(stop);
                    acknowledged[marker] = body.GetProperty("id").GetInt64();
                }
                else
                {
                    Assert.Fail($"Posting {marker} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(stop)}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                return; // the server was killed mid-request: this report was never acknowledged
            }
        }
    }
}
