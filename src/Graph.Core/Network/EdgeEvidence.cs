using Graph.Core.Model;

namespace Graph.Core.Network;

/// <summary>One event of one report that supports an edge, with the sentences that say so.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="ReportTitle">Its title, for the citation.</param>
/// <param name="ReportDate">Its date, when known.</param>
/// <param name="ReportUrl">Its public source, when known.</param>
/// <param name="EventId">The stored event both ends took part in.</param>
/// <param name="EventName">The operation's name, when it has one.</param>
/// <param name="Sentences">The distinct sentences that place either end in the event, in report order (for a coded event, the line that says who coded it and how).</param>
/// <param name="Source">Whether the event was read from a report's sentences or coded by an event-data project.</param>
/// <param name="Language">The report's language (ISO 639-1); the sentences are quoted in it.</param>
/// <param name="SentenceSpans">Where each of <paramref name="Sentences"/> is in the report's text, in the same order, when known.</param>
public sealed record EdgeEvidence(
    long ReportId,
    string ReportTitle,
    DateOnly? ReportDate,
    string? ReportUrl,
    long EventId,
    string? EventName,
    IReadOnlyList<string> Sentences,
    SourceKind Source = SourceKind.Extracted,
    string Language = Extraction.ReportLanguage.English,
    IReadOnlyList<TextSpan>? SentenceSpans = null);
