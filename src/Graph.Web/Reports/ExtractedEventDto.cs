namespace Graph.Web.Reports;

/// <summary>An extracted event.</summary>
public sealed record ExtractedEventDto(string? Name, string? CrimeArea, IReadOnlyList<string> LeadIds, IReadOnlyList<string> ParticipantIds, IReadOnlyDictionary<string, int> Figures);
