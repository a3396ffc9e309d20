using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>An actor's part in a stored event, with the quoted sentence that supports it.</summary>
public sealed record StoredParticipation(string ActorId, ParticipantRole Role, string Sentence, TextSpan SentenceSpan);
