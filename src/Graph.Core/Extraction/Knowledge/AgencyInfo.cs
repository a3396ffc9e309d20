namespace Graph.Core.Extraction.Knowledge;

/// <summary>An agency from the gazetteer.</summary>
/// <param name="Slug">Stable slug; the actor id is <c>agency:slug</c>.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="CountryCode">Its country, or null for international and regional bodies.</param>
/// <param name="Scope">international, regional or national.</param>
/// <param name="Aliases">Other names: acronyms, native-language forms.</param>
public sealed record AgencyInfo(string Slug, string Name, string? CountryCode, string Scope, IReadOnlyList<string> Aliases)
{
    /// <summary>The actor id of this agency.</summary>
    public string ActorId => "agency:" + Slug;
}
