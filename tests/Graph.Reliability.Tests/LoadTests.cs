using System.Diagnostics;
using System.Globalization;
using Graph.Reliability.Tests.Harness;
using Xunit.Abstractions;

namespace Graph.Reliability.Tests;

/// <summary>
/// Sixteen clients mixing reads and writes against the real server for a bounded time (30 s, or
/// <c>GRAPH_LOAD_SECONDS</c>): no answer may be a 5xx or a dropped connection; p50/p99 are printed.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 16;

    // What a research group's use looks like: mostly reading views, some posting.
    private static readonly (string Kind, int Weight)[] Mix =
    [
        ("post report", 20), ("graph", 25), ("graph filtered", 10), ("reports", 15), ("metrics", 10), ("export csv", 5), ("actor search", 10), ("timeline", 5),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SixteenClientsMixingReadsAndWritesGetNoServerErrors()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("GRAPH_LOAD_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 30;
        var duration = TimeSpan.FromSeconds(seconds);
        await using var server = await ServerProcess.StartAsync(_folder.Database);
        using (var seed = server.Client())
        {
            for (var i = 0; i < 20; i++)
            {
                (await SampleReports.PostAsync(seed, $"load-seed-{i}")).EnsureSuccessStatusCode();
            }
        }

        var latencies = new Latencies();
        var failures = new List<string>();
        using var stop = new CancellationTokenSource(duration);
        var clients = Enumerable.Range(0, Clients).Select(c => RunClientAsync(server, c, latencies, failures, stop.Token)).ToArray();
        await Task.WhenAll(clients);

        output.WriteLine($"{Clients} clients for {seconds} s against the real server (loopback):");
        foreach (var line in latencies.Summary(duration))
        {
            output.WriteLine(line);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures, first: {string.Join(" | ", failures.Take(5))}");
        Assert.True(latencies.Count > Clients * 5, $"Only {latencies.Count} requests completed in {seconds} s.");
    }

    private static async Task RunClientAsync(ServerProcess server, int client, Latencies latencies, List<string> failures, CancellationToken stop)
    {
        using var http = server.Client();
        var random = new Random(client);
        var total = Mix.Sum(m => m.Weight);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var pick = random.Next(total);
            var kind = Mix.First(m => (pick -= m.Weight) < 0).Kind;
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await SendAsync(http, kind, $"load-c{client}-n{n}", random);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                latencies.Add(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if ((int)response.StatusCode >= 500 || !response.IsSuccessStatusCode)
                {
                    lock (failures)
                    {
                        failures.Add($"{kind}: {(int)response.StatusCode}");
                    }
                }
            }
            catch (HttpRequestException e)
            {
                lock (failures)
                {
                    failures.Add($"{kind}: {e.Message}");
                }
            }
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string kind, string marker, Random random)
    {
        string[] views = ["actors", "countries", "agencies", "bipartite"];
        var view = views[random.Next(views.Length)];
        return kind switch
        {
            "post report" => SampleReports.PostAsync(http, marker),
            "graph" => http.GetAsync($"/api/graph?view={view}"),
            "graph filtered" => http.GetAsync($"/api/graph?view={view}&minWeight={random.Next(1, 3)}&kinds=country"),
            "reports" => http.GetAsync("/api/reports"),
            "metrics" => http.GetAsync($"/api/metrics?view={view}"),
            "export csv" => http.GetAsync($"/api/export?format=nodes-csv&view={view}"),
            "actor search" => http.GetAsync("/api/actors?q=pol"),
            "timeline" => http.GetAsync("/api/timeline"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
