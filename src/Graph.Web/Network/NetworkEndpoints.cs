namespace Graph.Web.Network;

/// <summary>Registration and routing of every network endpoint, for Program.cs.</summary>
public static class NetworkEndpoints
{
    /// <summary>Registers the network cache, the picture cache and its start-up warm-up, the coverage cache (needs an <c>IReportStore</c> in DI).</summary>
    public static IServiceCollection AddNetwork(this IServiceCollection services) =>
        services.AddSingleton<NetworkCache>().AddSingleton<GraphPictures>().AddSingleton<CoverageCache>().AddHostedService<PictureWarmUp>();

    /// <summary>Maps /api/graph, /api/metrics, /api/communities, /api/edges/evidence, /api/paths, /api/export (and its panel and dynamic GEXF) /api/timeline (and its per-day counts) and /api/coverage.</summary>
    public static IEndpointRouteBuilder MapNetwork(this IEndpointRouteBuilder app) =>
        app.MapGraph().MapEvidence().MapExport().MapResearchExport().MapTimeline().MapTimelineDays().MapCoverage();
}
