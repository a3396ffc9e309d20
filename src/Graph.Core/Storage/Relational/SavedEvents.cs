using Graph.Core.Network.Aggregates;

namespace Graph.Core.Storage.Relational;

/// <summary>The events a report's write has just stored, by id, and the facts of its actors as the database now holds them.</summary>
internal sealed record SavedEvents(IReadOnlyDictionary<long, TallyEvent> Events, Func<string, ActorFacts?> Actors);
