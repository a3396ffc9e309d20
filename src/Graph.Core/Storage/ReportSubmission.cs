namespace Graph.Core.Storage;

/// <summary>A report as a user hands it in; title, URL and date are optional overrides.</summary>
public sealed record ReportSubmission(string Text, string? Title = null, string? Url = null, DateOnly? Date = null);
