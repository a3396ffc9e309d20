namespace Graph.Core.Operations;

/// <summary>What the linker compares of one stored event: its name, crime area, date and who took part.</summary>
/// <param name="EventId">The event's store id.</param>
/// <param name="ReportId">The report it comes from.</param>
/// <param name="Name">The operation name as the report gives it, or null.</param>
/// <param name="CrimeArea">Its crime area, or null.</param>
/// <param name="Date">The report's date, or null.</param>
/// <param name="Participants">Actor ids of those taking part.</param>
public sealed record EventFacts(long EventId, long ReportId, string? Name, string? CrimeArea, DateOnly? Date, IReadOnlySet<string> Participants)
{
    /// <summary>The normalised name, or null for an unnamed event.</summary>
    public OperationName? Key { get; } = OperationName.Parse(Name);
}
