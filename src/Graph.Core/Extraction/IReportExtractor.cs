using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>Reads actors, events and their evidence out of a report's text.</summary>
public interface IReportExtractor
{
    /// <summary>Extracts from <paramref name="text"/>; never throws for odd but valid text.</summary>
    ReportExtraction Extract(string text);

    /// <summary>
    /// Extracts from <paramref name="text"/> written in <paramref name="language"/> (an ISO 639-1 code
    /// of <see cref="ReportLanguage.All"/>); null detects it.
    /// </summary>
    /// <exception cref="ArgumentException">The language is not one of <see cref="ReportLanguage.All"/>.</exception>
    ReportExtraction Extract(string text, string? language) =>
        Extract(text) is var extraction && language is null ? extraction : extraction with { Language = ReportLanguage.Checked(language) };
}
