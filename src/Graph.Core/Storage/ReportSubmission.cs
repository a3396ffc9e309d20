using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>A report as a user hands it in; title, URL, date and language are optional overrides.</summary>
/// <param name="Text">The report's text (for a coded event, the line that describes the coding).</param>
/// <param name="Title">Title, else one is read from the text.</param>
/// <param name="Url">Public source.</param>
/// <param name="Date">Date, else one is read from the text.</param>
/// <param name="Coded">The coded event this submission stands for; null for a report to extract.</param>
/// <param name="Author">Who submitted it (the API key's name for web writes), recorded with the report.</param>
/// <param name="Language">Its language (ISO 639-1, one of <see cref="Extraction.ReportLanguage.All"/>), instead of the detected one.</param>
public sealed record ReportSubmission(string Text, string? Title = null, string? Url = null, DateOnly? Date = null, CodedEvent? Coded = null, string? Author = null, string? Language = null)
{
    /// <summary>Whether the events come from extraction or from coded event data.</summary>
    public SourceKind Source => Coded is null ? SourceKind.Extracted : SourceKind.Coded;
}
