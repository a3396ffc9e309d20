namespace Graph.Web.OperationDetails;

/// <summary>One report of an operation and why the linker joined it.</summary>
/// <param name="EventId">The event the report describes.</param>
/// <param name="ReportId">The report.</param>
/// <param name="Title">The report's title.</param>
/// <param name="Url">Where it was published, or null.</param>
/// <param name="Date">The report's date, or null.</param>
/// <param name="Name">The operation name as this report gives it, or null.</param>
/// <param name="Rule">first, same-name, near-name, shared-participants or override.</param>
/// <param name="MatchedEvent">The event it matched, or null for the first.</param>
/// <param name="Explanation">The evidence in a sentence.</param>
public sealed record OperationSourceDto(
    long EventId, long ReportId, string Title, string? Url, DateOnly? Date, string? Name, string Rule, long? MatchedEvent, string Explanation);
