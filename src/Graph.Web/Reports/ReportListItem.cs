namespace Graph.Web.Reports;

/// <summary>A stored report in a list; source is <c>report</c> (extracted) or <c>coded</c> (a coded event such as GDELT's); language its ISO 639-1 code.</summary>
public sealed record ReportListItem(long Id, string Title, string? Url, string? Date, string Source, string Language);
