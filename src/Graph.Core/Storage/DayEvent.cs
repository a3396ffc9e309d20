namespace Graph.Core.Storage;

/// <summary>
/// A stored event with only what a tally counts: its id, report, the report's date, crime area, operation and who
/// took part (actor id, led). A date range's cut days are counted again from these (<see cref="IPictureTallies.ReadDayEvents"/>).
/// </summary>
/// <param name="Id">The event's store id.</param>
/// <param name="ReportId">Its report.</param>
/// <param name="Date">The report's date.</param>
/// <param name="CrimeArea">The event's crime area.</param>
/// <param name="OperationId">The operation it belongs to, if any.</param>
/// <param name="Participants">Who took part, in stored order: actor id and whether it led.</param>
public sealed record DayEvent(long Id, long ReportId, DateOnly? Date, string? CrimeArea, long? OperationId, IReadOnlyList<(string ActorId, bool Led)> Participants);
