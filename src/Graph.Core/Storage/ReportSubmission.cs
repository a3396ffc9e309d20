namespace Graph.Core.Storage;

/// <summary>
/// A report as a user hands it in; title, URL and date are optional overrides. <paramref name="Author"/>
/// names who submitted it (the API key's name for web writes), recorded with the report.
/// </summary>
public sealed record ReportSubmission(string Text, string? Title = null, string? Url = null, DateOnly? Date = null, string? Author = null);
