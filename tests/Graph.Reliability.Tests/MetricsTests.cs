using System.Text.RegularExpressions;
using Graph.Reliability.Tests.Harness;

namespace Graph.Reliability.Tests;

/// <summary>
/// The Prometheus endpoint of a real server process (in a process of its own, so no other host's
/// counters mix in): application counters and ASP.NET Core's request metrics, with exact counts, and the runtime's own.
/// </summary>
public sealed partial class MetricsTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ServerProcess _server = null!;

    public async Task InitializeAsync() => _server = await ServerProcess.StartAsync(_folder.Database);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task MetricsCountStoredReportsDuplicatesCacheLookupsAndRequests()
    {
        var writer = _server.Client();
        (await SampleReports.PostAsync(writer, "metrics-a")).EnsureSuccessStatusCode();
        (await SampleReports.PostAsync(writer, "metrics-b")).EnsureSuccessStatusCode();
        (await SampleReports.PostAsync(writer, "metrics-a")).EnsureSuccessStatusCode();
        var reader = _server.Client(writer: false);
        // Three query strings, so the output cache (keyed by query string) lets each reach the picture cache:
        // the first misses there and in the network cache below it, the other two hit the picture cache.
        (await reader.GetAsync("/api/graph?view=countries&ask=1")).EnsureSuccessStatusCode();
        (await reader.GetAsync("/api/graph?view=countries&ask=2")).EnsureSuccessStatusCode();
        (await reader.GetAsync("/api/graph?view=countries&ask=3")).EnsureSuccessStatusCode();

        var metrics = await reader.GetStringAsync("/metrics");

        Assert.Equal(2, Value(metrics, "graph_reports_stored_total", "source=\"api\""));
        Assert.Equal(1, Value(metrics, "graph_reports_duplicate_total", "source=\"api\""));
        Assert.Equal(2, Value(metrics, "graph_network_cache_lookups_total", "result=\"hit\""));
        // The default picture drawn once at start-up adds its own two misses when it has run by now.
        Assert.InRange(Value(metrics, "graph_network_cache_lookups_total", "result=\"miss\""), 2, 4);
        Assert.Equal(3, Value(metrics, "http_server_request_duration_seconds_count", "http_route=\"/api/graph\""));
    }

    [Fact]
    public async Task MetricsShowTheRuntimesCompilingAndCollecting()
    {
        var reader = _server.Client(writer: false);
        (await reader.GetAsync("/api/graph?view=countries")).EnsureSuccessStatusCode();

        var metrics = await reader.GetStringAsync("/metrics");

        // What a first picture spends beside its own work: methods compiled and the time in the JIT, collections by generation.
        Assert.True(Value(metrics, "dotnet_jit_compiled_methods_total", "otel_scope_name") > 0);
        Assert.True(Value(metrics, "dotnet_jit_compilation_time_seconds_total", "otel_scope_name") > 0);
        Assert.True(Value(metrics, "dotnet_gc_collections_total", "gc_heap_generation=\"gen0\"") >= 0);
    }

    private static double Value(string metrics, string name, string label)
    {
        var line = metrics.Split('\n').SingleOrDefault(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal));
        Assert.True(line is not null, $"No {name} with {label} in:\n{metrics}");
        return double.Parse(SampleValue().Match(line).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\}\s+([0-9.eE+-]+)")]
    private static partial Regex SampleValue();
}
