using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>An actor's part in a stored event, with the quoted sentence that supports it.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Role">Lead or participant.</param>
/// <param name="Sentence">The supporting sentence.</param>
/// <param name="SentenceSpan">Where that sentence is in the report's text.</param>
/// <param name="Curated">Whether a curation edit added, moved, confirmed or changed this participation.</param>
public sealed record StoredParticipation(string ActorId, ParticipantRole Role, string Sentence, TextSpan SentenceSpan, bool Curated = false);
