using Graph.Web.Actors;

namespace Graph.Web.Reports;

/// <summary>A stored report with its text, actors and events.</summary>
public sealed record ReportDetail(long Id, string Title, string? Url, string? Date, string Text, string Language, IReadOnlyList<ActorDto> Actors, IReadOnlyList<StoredEventDto> Events);
