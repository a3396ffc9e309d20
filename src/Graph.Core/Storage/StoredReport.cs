using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>A stored report with its text, the actors it names and the events it describes.</summary>
public sealed record StoredReport(
    ReportSummary Summary,
    string Text,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<StoredEvent> Events);
