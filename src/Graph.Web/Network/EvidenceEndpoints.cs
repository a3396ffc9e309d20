using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Storage;
using Graph.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>
/// Provenance: the evidence behind an edge, and shortest paths with the evidence for each step, both
/// read in the view and filters of the picture they were asked from (<see cref="FollowUpFilter"/>).
/// </summary>
public static class EvidenceEndpoints
{
    private const int MaxPaths = 20;
    private const int StepEvidence = 5;
    private const int MaxEvidencePage = 200;

    public static IEndpointRouteBuilder MapEvidence(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Network");
        api.MapGet("/edges/evidence", GetEdgeEvidence).WithSummary("The reports and sentences supporting the edge between two nodes of a view, within its filters, a page at a time (limit, default 50; cursor from next); snapshot=HASH reads a frozen snapshot's.");
        api.MapGet("/paths", GetPaths).WithSummary($"Up to {MaxPaths} shortest paths between two nodes (source, target) of a view within its filters, with the evidence for each step.")
            .WithDescription("The ends may also be given as from and to (then no date filter applies). The kind of evidence is filtered with evidence=reports|coded|all.");
        return app;
    }

    public static Results<Ok<EdgeEvidenceResponse>, ValidationProblem, ProblemHttpResult> GetEdgeEvidence(
        string? source, string? target, [AsParameters] FollowUpFilter filter, string? cursor, int? limit, string? snapshot, NetworkCache cache, IReportStore store, SnapshotNetworks frozen)
    {
        if (snapshot is not null)
        {
            return FrozenEvidence.Read(frozen, snapshot, source, target, filter.View, cursor, limit);
        }

        if (limit is < 1 or > MaxEvidencePage)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"'limit' must be from 1 to {MaxEvidencePage}."] });
        }

        var (invalid, failed, view, networkFilter) = Check(cache, source, target, filter.ToQuery());
        if (invalid is not null)
        {
            return invalid;
        }

        if (failed is not null)
        {
            return failed;
        }

        var network = cache.Network(view, networkFilter);
        if (network.FindEdge(source!, target!) is not { } edge)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such edge.",
                detail: $"'{source}' and '{target}' are not linked in the {filter.View ?? "actors"} view with these filters.");
        }

        try
        {
            var page = EdgeEvidenceReader.Read(store, view, edge.Source, edge.Target, cursor, limit ?? 50, networkFilter.Events());
            return TypedResults.Ok(EdgeEvidenceResponse.From(edge, page));
        }
        catch (FormatException bad)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = [bad.Message] });
        }
    }

    public static Results<Ok<PathResponse>, ValidationProblem, ProblemHttpResult> GetPaths(
        string? source, string? target, [AsParameters] FollowUpFilter filter, NetworkCache cache, IReportStore store)
    {
        var datesAreEnds = source is null && target is null;
        var (from, to) = datesAreEnds ? (filter.From, filter.To) : (source, target);
        var (invalid, failed, view, networkFilter) = Check(cache, from, to, filter.ToQuery(datesAreEnds));
        if (invalid is not null)
        {
            return invalid;
        }

        if (failed is not null)
        {
            return failed;
        }

        var analysis = cache.Analyse(view, networkFilter);
        var (network, graph) = (analysis.Network, analysis.Graph);
        var (s, t) = (graph.IndexOf(from!), graph.IndexOf(to!));
        if (s < 0 || t < 0)
        {
            return TypedResults.Ok(new PathResponse(from!, to!, null, []));
        }

        var scope = networkFilter.Events();
        var paths = ShortestPaths.AllBetween(graph, s, t, MaxPaths)
            .Select(p => new PathEntry(
                p.Select(i => graph.NodeIds[i]).ToArray(),
                p.Zip(p.Skip(1), (a, b) => Step(store, network.FindEdge(graph.NodeIds[a], graph.NodeIds[b])!, network.View, scope)).ToArray()))
            .ToArray();
        return TypedResults.Ok(new PathResponse(from!, to!, paths.Length == 0 ? null : paths[0].Nodes.Count - 1, paths));
    }

    // A path's step quotes its first few supporting events; the rest are one /api/edges/evidence call away.
    private static EdgeEvidenceResponse Step(IReportStore store, CooperationEdge edge, NetworkView view, EventQuery scope) =>
        EdgeEvidenceResponse.From(edge, EdgeEvidenceReader.Read(store, view, edge.Source, edge.Target, null, StepEvidence, scope));

    /// <summary>
    /// Checks the filters (400) and both ends (400 when missing, 404 when neither an actor nor a node
    /// of the whole view, e.g. <c>region:…</c> or <c>event:…</c>).
    /// </summary>
    private static (ValidationProblem? Invalid, ProblemHttpResult? Failed, NetworkView View, NetworkFilter Filter) Check(
        NetworkCache cache, string? a, string? b, NetworkQuery query)
    {
        if (!query.TryParse(out var view, out var filter, out var errors))
        {
            return (TypedResults.ValidationProblem(errors, title: "The network query is not valid."), null, view, filter);
        }

        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.",
                detail: "Both ends are required, e.g. ?source=country:ES&target=agency:europol."), view, filter);
        }

        foreach (var id in new[] { a, b, filter.Center })
        {
            if (id is not null && !cache.KnowsActor(id) && !cache.Network(view, NetworkFilter.None with { Expand = filter.Expand }).ContainsNode(id))
            {
                return (null, NetworkRequest.UnknownActor(id), view, filter);
            }
        }

        return (null, null, view, filter);
    }
}
