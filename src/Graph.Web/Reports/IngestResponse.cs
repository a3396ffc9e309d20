using Graph.Web.Actors;

namespace Graph.Web.Reports;

/// <summary>What a POST stored and extracted.</summary>
public sealed record IngestResponse(long Id, bool Created, string? Date, IReadOnlyList<ActorDto> Actors, IReadOnlyList<ExtractedEventDto> Events, string Language);
