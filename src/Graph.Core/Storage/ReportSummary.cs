namespace Graph.Core.Storage;

/// <summary>A stored report without its text: what a citation needs.</summary>
public sealed record ReportSummary(long Id, string Title, string? Url, DateOnly? Date, string ContentHash)
{
    /// <summary>The language the report is written in (ISO 639-1); read where a report is shown whole.</summary>
    public string Language { get; init; } = Extraction.ReportLanguage.English;
}
