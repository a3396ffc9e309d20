namespace Graph.Web.Reports;

/// <summary>An actor's part in an event and the sentence that says so.</summary>
public sealed record ParticipationDto(string ActorId, string Role, string Sentence, int SentenceStart, int SentenceEnd);
