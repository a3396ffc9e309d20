namespace Graph.Web.Vocabulary;

/// <summary>Every vocabulary the page shows, so it keeps no copies of its own.</summary>
public sealed record VocabularyResponse(
    IReadOnlyList<MetricEntry> Metrics,
    IReadOnlyList<VocabularyEntry> Views,
    IReadOnlyList<VocabularyEntry> CrimeAreas,
    IReadOnlyList<string> Roles,
    string DateFormat,
    Palette Palette,
    IReadOnlyList<VocabularyEntry> Languages);
