using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>A stored report without its text: what a citation needs.</summary>
public sealed record ReportSummary(long Id, string Title, string? Url, DateOnly? Date, string ContentHash, SourceKind Source = SourceKind.Extracted)
{
    /// <summary>The language the report is written in (ISO 639-1).</summary>
    public string Language { get; init; } = Extraction.ReportLanguage.English;
}
