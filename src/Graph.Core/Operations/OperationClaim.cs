namespace Graph.Core.Operations;

/// <summary>
/// What some of an operation's reports say about one subject when its reports disagree: "arrests" is
/// 120 according to reports 3 and 7, 95 according to report 9.
/// </summary>
/// <param name="Subject">A figure key (<c>arrests</c>, <c>countries</c>...), <c>date</c> or <c>participants</c>.</param>
/// <param name="Value">The value as text: a number, a <c>yyyy-MM-dd</c> date or a comma list of actor ids.</param>
/// <param name="ReportIds">The reports that say so, ascending.</param>
public sealed record OperationClaim(string Subject, string Value, IReadOnlyList<long> ReportIds);
