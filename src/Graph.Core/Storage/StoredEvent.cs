using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>A cooperation event as stored, tied to the report it came from.</summary>
/// <param name="Id">Store id.</param>
/// <param name="ReportId">The report that describes the event.</param>
/// <param name="Name">Operation name, or null.</param>
/// <param name="CrimeArea">Crime area, or null.</param>
/// <param name="Date">The report's date, or null.</param>
/// <param name="Participants">Who took part, with evidence.</param>
/// <param name="Figures">Stated figures.</param>
/// <param name="Source">Whether the event was extracted from a report or coded by an event-data project.</param>
/// <param name="OperationId">The operation the event tells (see <c>Graph.Core.Operations</c>), or null when not linked.</param>
/// <param name="Language">The language of the report it came from (ISO 639-1).</param>
/// <param name="Ordinal">The event's place (0 first) among its report's events: how curation edits name it across re-imports.</param>
public sealed record StoredEvent(
    long Id,
    long ReportId,
    string? Name,
    string? CrimeArea,
    DateOnly? Date,
    IReadOnlyList<StoredParticipation> Participants,
    IReadOnlyDictionary<string, int> Figures,
    SourceKind Source = SourceKind.Extracted,
    long? OperationId = null,
    string Language = Extraction.ReportLanguage.English,
    int Ordinal = 0);
