namespace Graph.Core.Model;

/// <summary>Everything read out of one report's text.</summary>
/// <param name="Date">The report's own date, or null when the text states none (never a guess).</param>
/// <param name="Title">A headline line, when the text has one.</param>
/// <param name="Actors">Every country and agency the report names, each once.</param>
/// <param name="Mentions">Every place an actor is named, for provenance.</param>
/// <param name="Events">The cooperation events the report describes.</param>
public sealed record ReportExtraction(
    DateOnly? Date,
    string? Title,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ActorMention> Mentions,
    IReadOnlyList<CooperationEvent> Events)
{
    /// <summary>The report's language, an ISO 639-1 code of <see cref="Extraction.ReportLanguage.All"/>: given or detected.</summary>
    public string Language { get; init; } = Extraction.ReportLanguage.English;
}
