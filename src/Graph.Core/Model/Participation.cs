namespace Graph.Core.Model;

/// <summary>An actor's part in an event, with the sentence that says so.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Role">Lead or participant.</param>
/// <param name="Evidence">The sentence of the report that supports this participation.</param>
public sealed record Participation(string ActorId, ParticipantRole Role, TextSpan Evidence);
