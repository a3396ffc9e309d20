namespace Graph.Web.Reports;

/// <summary>A stored event with each participant's evidence.</summary>
public sealed record StoredEventDto(long Id, string? Name, string? CrimeArea, IReadOnlyDictionary<string, int> Figures, IReadOnlyList<ParticipationDto> Participants);
