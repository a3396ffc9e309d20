using Graph.Core.Analysis.Bounded;
using Graph.Core.Network;
using Graph.Web.Network;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Snapshots;

/// <summary>The snapshot a /api/graph request pins with <c>snapshot=HASH</c>, if any, and how its picture is drawn.</summary>
/// <param name="Hash">The snapshot's hash, or null for the live data.</param>
/// <param name="Networks">The snapshot networks.</param>
public sealed record FrozenSource(string? Hash, SnapshotNetworks Networks)
{
    /// <summary>The snapshot's view drawn as /api/graph draws the live one, or 404 for an unknown hash.</summary>
    public Results<Ok<GraphResponse>, ValidationProblem, ProblemHttpResult> Draw(NetworkView view, NetworkFilter filter, PictureOptions options, bool always)
    {
        var hash = Hash?.Trim().ToLowerInvariant() ?? "";
        if (Networks.Network(hash, view, filter) is not { } network)
        {
            return SnapshotEndpoints.Unknown(hash);
        }

        if (filter.Center is { } center && Networks.Dataset(hash)!.Actors.All(a => a.Id != center))
        {
            return NetworkRequest.UnknownActor(center);
        }

        return TypedResults.Ok(GraphPictures.Draw(network, view, options, always));
    }
}
