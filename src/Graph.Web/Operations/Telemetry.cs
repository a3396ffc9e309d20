using Graph.Core.Observability;
using OpenTelemetry.Metrics;

namespace Graph.Web.Operations;

/// <summary>
/// Metrics for Prometheus at <c>/metrics</c> (OpenTelemetry's exporter): request rates and latencies
/// from ASP.NET Core's own meters (hosting, Kestrel, rate limiting), the runtime's (collector, JIT, thread pool), and the application's counters
/// from <see cref="GraphMetrics"/> (reports stored, cache hits, import progress).
/// </summary>
public static class Telemetry
{
    private static readonly string[] Meters =
    [
        GraphMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Diagnostics",
        // The runtime's own: collections and their pauses, time spent compiling, thread-pool queue, working set.
        "System.Runtime",
    ];

    public static IServiceCollection AddGraphTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<GraphMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(Meters).AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapMetricsEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
