using Graph.Core.Analysis;
using Graph.Core.Export;
using Graph.Core.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Graph.Web.Snapshots;
using Microsoft.AspNetCore.Mvc;

namespace Graph.Web.Network;

/// <summary>The network as Cytoscape.js elements, its metric table and its communities.</summary>
public static class GraphEndpoints
{
    public static IEndpointRouteBuilder MapGraph(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Network");
        api.MapGet("/graph", GetGraph).WithSummary("The network for a view and filters, as Cytoscape.js elements with metrics; snapshot=HASH shows a frozen snapshot's data.")
            .WithDescription("A view larger than the node budget (300) or than 4,000 edges is bounded: the top nodes by the measure and the backbone of their edges; picture states the whole view's totals and the parameters. budget, measure, edges, alpha or k bound any view; include brings actors in with their strongest neighbours. Edges carry counts, not evidence: ask /api/edges/evidence.");
        api.MapGet("/metrics", GetMetrics).WithSummary("Every node with every metric, plus articulation points and bridges; snapshot=HASH reads a frozen snapshot's.");
        api.MapGet("/communities", GetCommunities).WithSummary("Louvain communities (seeded) and their modularity; snapshot=HASH reads a frozen snapshot's.");
        return app;
    }

    public static Results<Ok<GraphResponse>, ValidationProblem, ProblemHttpResult> GetGraph(
        [AsParameters] NetworkQuery query, [AsParameters] PictureQuery picture, string? snapshot, NetworkCache cache, GraphPictures pictures, SnapshotNetworks frozen) =>
        GraphPictureRequest.Draw(query, picture, cache, pictures, new FrozenSource(snapshot, frozen));

    public static Results<Ok<MetricsTable>, ValidationProblem, ProblemHttpResult> GetMetrics(
        [AsParameters] NetworkQuery query, string? snapshot, NetworkCache cache, SnapshotNetworks frozen) =>
        Respond(query, cache, new FrozenSource(snapshot, frozen), MetricsTable.From);

    public static Results<Ok<CommunityList>, ValidationProblem, ProblemHttpResult> GetCommunities(
        [AsParameters] NetworkQuery query, string? snapshot, NetworkCache cache, SnapshotNetworks frozen) =>
        Respond(query, cache, new FrozenSource(snapshot, frozen), CommunityList.From);

    /// <summary>Analyses the query's network (live, or the pinned snapshot's) and maps it to the response, or answers its problem.</summary>
    private static Results<Ok<T>, ValidationProblem, ProblemHttpResult> Respond<T>(
        NetworkQuery query, NetworkCache cache, FrozenSource pinned, Func<NetworkAnalysis, T> map)
    {
        var request = NetworkRequest.Analyse(cache, query, pinned);
        if (request.Invalid is { } invalid)
        {
            return invalid;
        }

        if (request.NotFound is { } notFound)
        {
            return notFound;
        }

        return TypedResults.Ok(map(request.Analysis!));
    }
}
