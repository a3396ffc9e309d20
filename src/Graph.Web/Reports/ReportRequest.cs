namespace Graph.Web.Reports;

/// <summary>The JSON form of a report submission.</summary>
/// <param name="Text">The report's text (required).</param>
/// <param name="Title">Optional title; the headline line is used otherwise.</param>
/// <param name="Url">Optional absolute http(s) URL of the source.</param>
/// <param name="Date">Optional date (YYYY-MM-DD); the text's own date is used otherwise.</param>
/// <param name="Language">Optional language (en, es, pt, fr); detected from the text otherwise.</param>
public sealed record ReportRequest(string? Text, string? Title = null, string? Url = null, string? Date = null, string? Language = null);
