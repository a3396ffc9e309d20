using Graph.Core.Model;

namespace Graph.Core.Network.Aggregates;

/// <summary>What a projection needs to know of an actor to place it: its kind, its country and its name.</summary>
internal readonly record struct ActorFacts(ActorKind Kind, string? CountryCode, string Name);
