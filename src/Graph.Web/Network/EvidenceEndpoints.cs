using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Storage;
using Graph.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>Provenance: the evidence behind an edge, and shortest paths with the evidence for each step.</summary>
public static class EvidenceEndpoints
{
    private const int MaxPaths = 20;
    private const int StepEvidence = 5;
    private const int MaxEvidencePage = 200;

    public static IEndpointRouteBuilder MapEvidence(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Network");
        api.MapGet("/edges/evidence", GetEdgeEvidence).WithSummary("The reports and sentences supporting the edge between two nodes, a page at a time (limit, default 50; cursor from next); snapshot=HASH reads a frozen snapshot's.");
        api.MapGet("/paths", GetPaths).WithSummary($"Up to {MaxPaths} shortest paths between two actors, with the evidence for each step.");
        return app;
    }

    public static Results<Ok<EdgeEvidenceResponse>, ValidationProblem, ProblemHttpResult> GetEdgeEvidence(
        string? source, string? target, string? view, string? cursor, int? limit, string? snapshot, NetworkCache cache, IReportStore store, SnapshotNetworks frozen)
    {
        if (snapshot is not null)
        {
            return FrozenEvidence.Read(frozen, snapshot, source, target, view, cursor, limit);
        }

        if (!TryResolve(cache, source, target, view, out var analysis, out var problem))
        {
            return problem!;
        }

        if (limit is < 1 or > MaxEvidencePage)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"'limit' must be from 1 to {MaxEvidencePage}."] });
        }

        var edge = analysis.Network.FindEdge(source!, target!);
        if (edge is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such edge.",
                detail: $"'{source}' and '{target}' are not linked in the {view ?? "actors"} view.");
        }

        try
        {
            var page = EdgeEvidenceReader.Read(store, analysis.Network.View, edge.Source, edge.Target, cursor, limit ?? 50);
            return TypedResults.Ok(EdgeEvidenceResponse.From(edge, page));
        }
        catch (FormatException bad)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = [bad.Message] });
        }
    }

    public static Results<Ok<PathResponse>, ValidationProblem, ProblemHttpResult> GetPaths(
        string? from, string? to, string? view, NetworkCache cache, IReportStore store)
    {
        if (!TryResolve(cache, from, to, view, out var analysis, out var problem))
        {
            return problem!;
        }

        var (network, graph) = (analysis.Network, analysis.Graph);
        var (s, t) = (graph.IndexOf(from!), graph.IndexOf(to!));
        if (s < 0 || t < 0)
        {
            return TypedResults.Ok(new PathResponse(from!, to!, null, []));
        }

        var paths = ShortestPaths.AllBetween(graph, s, t, MaxPaths)
            .Select(p => new PathEntry(
                p.Select(i => graph.NodeIds[i]).ToArray(),
                p.Zip(p.Skip(1), (a, b) => Step(store, network.FindEdge(graph.NodeIds[a], graph.NodeIds[b])!, network.View)).ToArray()))
            .ToArray();
        return TypedResults.Ok(new PathResponse(from!, to!, paths.Length == 0 ? null : paths[0].Nodes.Count - 1, paths));
    }

    // A path's step quotes its first few supporting events; the rest are one /api/edges/evidence call away.
    private static EdgeEvidenceResponse Step(IReportStore store, CooperationEdge edge, NetworkView view) =>
        EdgeEvidenceResponse.From(edge, EdgeEvidenceReader.Read(store, view, edge.Source, edge.Target, null, StepEvidence));

    private static bool TryResolve(NetworkCache cache, string? a, string? b, string? viewName, out NetworkAnalysis analysis, out ProblemHttpResult? problem)
    {
        analysis = null!;
        problem = null;
        var errors = new Dictionary<string, string[]>();
        var view = NetworkQuery.ParseView(viewName, errors);
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b) || errors.Count > 0)
        {
            var detail = errors.Count > 0 ? errors.Values.First()[0] : "Both ends are required, e.g. ?source=country:ES&target=agency:europol (paths: ?from=&to=).";
            problem = TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.", detail: detail);
            return false;
        }

        foreach (var id in new[] { a, b })
        {
            if (!cache.KnowsActor(id))
            {
                problem = NetworkRequest.UnknownActor(id);
                return false;
            }
        }

        analysis = cache.Analyse(view, NetworkFilter.None);
        return true;
    }
}
