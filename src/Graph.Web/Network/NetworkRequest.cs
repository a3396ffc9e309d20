using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>
/// The outcome of turning a <see cref="NetworkQuery"/> into an analysed network: the analysis, or
/// the validation problem (400) or unknown-actor problem (404) that explains why not.
/// </summary>
internal sealed record NetworkRequest(NetworkAnalysis? Analysis, ValidationProblem? Invalid, ProblemHttpResult? NotFound)
{
    /// <param name="cache">The network cache.</param>
    /// <param name="query">The view and filters.</param>
    /// <param name="pinned">The snapshot the request pins (<c>snapshot=HASH</c>), whose frozen data answers it instead of the live data.</param>
    public static NetworkRequest Analyse(NetworkCache cache, NetworkQuery query, FrozenSource? pinned = null)
    {
        if (!query.TryParse(out var view, out var filter, out var errors))
        {
            return new(null, TypedResults.ValidationProblem(errors, title: "The network query is not valid."), null);
        }

        if (pinned?.Hash is { } snapshot)
        {
            var hash = snapshot.Trim().ToLowerInvariant();
            if (pinned.Networks.Analyse(hash, view, filter) is not { } frozen)
            {
                return new(null, null, SnapshotEndpoints.Unknown(hash));
            }

            return filter.Center is { } pinnedCenter && pinned.Networks.Dataset(hash)!.Actors.All(a => a.Id != pinnedCenter)
                ? new(null, null, UnknownActor(pinnedCenter))
                : new(frozen, null, null);
        }

        if (filter.Center is { } center && !cache.KnowsActor(center))
        {
            return new(null, null, UnknownActor(center));
        }

        return new(cache.Analyse(view, filter), null, null);
    }

    public static ProblemHttpResult UnknownActor(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown actor.",
            detail: $"No actor has the id '{id}'. Ids look like 'country:ES' or 'agency:interpol'.");
}
