namespace Graph.Core.Storage;

/// <summary>One page of reports, newest first, and the cursor that asks for the next page (null on the last).</summary>
/// <param name="Reports">The reports of this page.</param>
/// <param name="Next">Opaque cursor for the next page, or null when there is none.</param>
public sealed record ReportPage(IReadOnlyList<ReportSummary> Reports, string? Next);
