using Graph.Core.Network;
using Graph.Web.Network;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Snapshots;

/// <summary>The evidence behind an edge of a snapshot's view: what a pinned share link shows when an edge is clicked.</summary>
public static class FrozenEvidence
{
    private const int MaxPage = 200;

    public static Results<Ok<EdgeEvidenceResponse>, ValidationProblem, ProblemHttpResult> Read(
        SnapshotNetworks frozen, string snapshot, string? source, string? target, string? viewName, string? cursor, int? limit)
    {
        ArgumentNullException.ThrowIfNull(frozen);
        var errors = new Dictionary<string, string[]>();
        var view = NetworkQuery.ParseView(viewName, errors);
        if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(target))
        {
            errors["source"] = ["Both ends are required, e.g. ?source=country:ES&target=agency:europol."];
        }

        if (limit is < 1 or > MaxPage)
        {
            errors["limit"] = [$"'limit' must be from 1 to {MaxPage}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid.");
        }

        var hash = snapshot.Trim().ToLowerInvariant();
        if (frozen.Network(hash, view, NetworkFilter.None) is not { } network)
        {
            return SnapshotEndpoints.Unknown(hash);
        }

        if (network.FindEdge(source!, target!) is not { } edge)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such edge.",
                detail: $"'{source}' and '{target}' are not linked in the {viewName ?? "actors"} view of snapshot {hash[..Math.Min(12, hash.Length)]}.");
        }

        try
        {
            return TypedResults.Ok(EdgeEvidenceResponse.From(edge, EdgeEvidenceReader.Page(edge, cursor, limit ?? 50)));
        }
        catch (FormatException bad)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = [bad.Message] });
        }
    }
}
