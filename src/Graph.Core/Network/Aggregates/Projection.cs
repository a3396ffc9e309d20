using Graph.Core.Model;

namespace Graph.Core.Network.Aggregates;

/// <summary>
/// The one-mode views kept as write-time tallies, and how each maps an actor to its node: the same
/// rule the full rebuild applies (agencies folded into their country in <c>countries</c>, countries left
/// out of <c>agencies</c>).
/// </summary>
internal static class Projection
{
    public static IReadOnlyList<NetworkView> Views { get; } = [NetworkView.Actors, NetworkView.Countries, NetworkView.Agencies];

    public static string Name(NetworkView view) => view switch
    {
        NetworkView.Actors => "actors",
        NetworkView.Countries => "countries",
        NetworkView.Agencies => "agencies",
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "The two-mode view has no tallies."),
    };

    /// <summary>The tallies' name for a view weighted as asked: counted by operation, the view's <c>operations:</c> twin.</summary>
    public static string Name(NetworkView view, EdgeWeighting weighting) =>
        weighting == EdgeWeighting.Operations ? OperationTallies.Prefix + Name(view) : Name(view);

    /// <summary>The node an actor becomes in a view, or null when the view leaves it out.</summary>
    public static string? NodeOf(NetworkView view, string actorId, ActorFacts actor) => (view, actor.Kind) switch
    {
        (NetworkView.Agencies, ActorKind.Country) => null,
        (NetworkView.Countries, ActorKind.Agency) => actor.CountryCode is { } code ? Actor.CountryId(code) : null,
        _ => actorId,
    };
}
