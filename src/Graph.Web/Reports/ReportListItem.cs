namespace Graph.Web.Reports;

/// <summary>A stored report in a list.</summary>
public sealed record ReportListItem(long Id, string Title, string? Url, string? Date);
