namespace Graph.Core.Storage;

/// <summary>A report as a user hands it in; title, URL, date and language are optional overrides.</summary>
/// <param name="Text">The report's text.</param>
/// <param name="Title">Its title, instead of the one read from the text.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Date">Its date, instead of the one read from the text.</param>
/// <param name="Language">Its language (ISO 639-1, one of <see cref="Extraction.ReportLanguage.All"/>), instead of the detected one.</param>
public sealed record ReportSubmission(string Text, string? Title = null, string? Url = null, DateOnly? Date = null, string? Language = null);
