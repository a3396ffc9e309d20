using Graph.Core.Network;

namespace Graph.Web.Network;

/// <summary>
/// The view and filters of the picture a follow-up request (an edge's evidence, a path) was made
/// from, named as /api/graph names them, except the source kind: <c>source</c> names an edge's end
/// there, so the kind of evidence is <c>evidence</c> (reports, coded or all).
/// </summary>
public sealed record FollowUpFilter(
    string? View, string? From, string? To, string? CrimeArea, string? Kinds, string? MinWeight,
    string? Center, string? Depth, string? Expand, string? Evidence)
{
    /// <summary>The same view and filters as /api/graph reads them; without dates when <paramref name="datesAreEnds"/> (the old /api/paths?from=&amp;to= form).</summary>
    public NetworkQuery ToQuery(bool datesAreEnds = false) =>
        new(View, datesAreEnds ? null : From, datesAreEnds ? null : To, CrimeArea, Kinds, MinWeight, Center, Depth, null, null, Evidence, Expand);
}
