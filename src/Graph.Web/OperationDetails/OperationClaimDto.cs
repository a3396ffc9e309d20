namespace Graph.Web.OperationDetails;

/// <summary>One value some reports give for a subject the operation's reports disagree on.</summary>
/// <param name="Subject">A figure (arrests, countries...), date or participants.</param>
/// <param name="Value">The value as text.</param>
/// <param name="ReportIds">The reports that give it.</param>
public sealed record OperationClaimDto(string Subject, string Value, IReadOnlyList<long> ReportIds);
