using Graph.Core.Extraction.Knowledge;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>One phrase of the gazetteer and what it names.</summary>
/// <param name="Kind">Country, demonym, agency, region or a known non-agency body.</param>
/// <param name="Key">Alpha-2 code for countries and demonyms, slug for agencies, the phrase otherwise.</param>
/// <param name="Phrase">The phrase as written in the knowledge file.</param>
/// <param name="ExactCase">Acronyms match only in the same capitals ("ICE", not "ice").</param>
/// <param name="AgencyCountry">For a national agency, the alpha-2 code of its country.</param>
internal sealed record GazetteerEntry(EntryKind Kind, string Key, string Phrase, bool ExactCase, string? AgencyCountry = null)
{
    /// <summary>
    /// The actor a country, demonym or agency entry names; built once, not per mention, and interned,
    /// so the entries of one actor share one string and comparing two ids is mostly a reference check.
    /// </summary>
    public string ActorId { get; } = string.Intern(Kind switch
    {
        EntryKind.Agency => "agency:" + Key,
        EntryKind.Country or EntryKind.Demonym => Actor.CountryId(Key),
        _ => "",
    });

    /// <summary>For a country name that may mean something else ("Jordan", "Chad"), how context tells.</summary>
    public IReadOnlyList<AmbiguityRule> AmbiguityRules { get; init; } = [];

    /// <summary>
    /// The named actor's number among the listed countries and agencies (see
    /// <see cref="ExtractionKnowledge.ActorNumberOf"/>), so events can tell actors apart without
    /// hashing their ids; -1 for a region or a body that is no agency.
    /// </summary>
    public int ActorNumber { get; init; } = -1;

    /// <summary>The number of the country a national agency brings along; -1 for any other entry.</summary>
    public int AgencyCountryNumber { get; init; } = -1;

    /// <summary>The country actor a national agency brings along; null for any other entry.</summary>
    public string? AgencyCountryId { get; } = AgencyCountry is null ? null : string.Intern(Actor.CountryId(AgencyCountry));
}
