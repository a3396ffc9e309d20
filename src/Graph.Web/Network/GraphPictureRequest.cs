using Graph.Core.Network;
using Graph.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>Checks a /api/graph request's view, filters and picture options, then draws it or answers its problem.</summary>
internal static class GraphPictureRequest
{
    public static Results<Ok<GraphResponse>, ValidationProblem, ProblemHttpResult> Draw(
        NetworkQuery query, PictureQuery picture, NetworkCache cache, GraphPictures pictures, FrozenSource frozen)
    {
        query.TryParse(out var view, out var filter, out var errors);
        var options = picture.Parse(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The network query is not valid.");
        }

        if (frozen.Hash is not null)
        {
            return frozen.Draw(view, filter, options, picture.Explicit);
        }

        if (filter.Center is { } center && !cache.KnowsActor(center))
        {
            return NetworkRequest.UnknownActor(center);
        }

        // Group ids (region:…, continent:…) are no actors; an unknown actor id is the caller's mistake.
        if (options.Include.FirstOrDefault(id => IsActorId(id) && !cache.KnowsActor(id)) is { } unknown)
        {
            return NetworkRequest.UnknownActor(unknown);
        }

        try
        {
            return TypedResults.Ok(pictures.Draw(view, filter, options, picture.Explicit));
        }
        catch (InvalidOperationException e) when (options.Measure == Core.Analysis.Bounded.NodeMeasure.PageRank)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["measure"] = [e.Message] }, title: "The network query is not valid.");
        }
    }

    private static bool IsActorId(string id) =>
        !id.StartsWith("region:", StringComparison.Ordinal) && !id.StartsWith("continent:", StringComparison.Ordinal);
}
