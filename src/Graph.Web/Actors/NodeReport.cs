namespace Graph.Web.Actors;

/// <summary>A report that names an actor, with the sentences that do, quoted in the report's language (ISO 639-1).</summary>
public sealed record NodeReport(long Id, string Title, string? Date, string? Url, IReadOnlyList<string> Sentences, string Language);
