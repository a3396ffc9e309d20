namespace Graph.Core.Storage;

/// <summary>Which events to load: a date range (undated events dropped when one is set), a crime area, a name, a report language, newest-first limit.</summary>
/// <param name="From">First day, or null.</param>
/// <param name="To">Last day, or null.</param>
/// <param name="CrimeArea">Crime area (any case), or null.</param>
/// <param name="NameContains">Part of the operation name (any case), or null.</param>
/// <param name="Limit">At most this many events, the newest (by date, then id); null for all.</param>
/// <param name="Language">Only events of reports written in this language (ISO 639-1), or null.</param>
/// <param name="Source">Only events of this source kind (extracted or coded), or null for both.</param>
/// <param name="ReportId">Only the events of this report, or null for every report's.</param>
/// <param name="Uncurated">Read the events as extracted, without the curation edits applied.</param>
public sealed record EventQuery(DateOnly? From = null, DateOnly? To = null, string? CrimeArea = null, string? NameContains = null, int? Limit = null, string? Language = null,
    Model.SourceKind? Source = null, long? ReportId = null, bool Uncurated = false);
