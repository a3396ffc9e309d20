using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Knowledge;

/// <summary>The phrases of the gazetteer, from the countries, agencies and lists of the knowledge files.</summary>
internal static class GazetteerPhrases
{
    /// <summary>
    /// Adds every gazetteer phrase to <paramref name="trie"/>: regions, multi-word non-agency bodies,
    /// countries' names and unshared demonyms, agencies' names and aliases.
    /// </summary>
    public static PhraseTrieBuilder Add(
        PhraseTrieBuilder trie,
        IReadOnlyList<CountryInfo> countries,
        IReadOnlyList<AgencyInfo> agencies,
        IReadOnlyList<string> regions,
        IReadOnlyList<string> nonAgencies,
        IReadOnlyList<string> articles,
        IReadOnlySet<(string Alpha2, string Demonym)> explicitDemonyms,
        IReadOnlyList<AmbiguityRule> ambiguityRules,
        IReadOnlyDictionary<string, int> actorNumbers)
    {
        var rulesByName = ambiguityRules.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        var demonymOwners = countries.SelectMany(c => c.Demonyms.Select(d => (Demonym: d, c.Alpha2)))
            .Where(d => !explicitDemonyms.Any(e => e.Demonym.Equals(d.Demonym, StringComparison.OrdinalIgnoreCase) && e.Alpha2 != d.Alpha2))
            .GroupBy(x => x.Demonym, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Alpha2).Distinct().ToList(), StringComparer.OrdinalIgnoreCase);

        foreach (var region in regions)
        {
            AddVariants(trie, region, new GazetteerEntry(EntryKind.Region, region, region, false), articles);
        }

        foreach (var body in nonAgencies)
        {
            if (body.Contains(' '))
            {
                AddVariants(trie, body, new GazetteerEntry(EntryKind.NonAgency, body, body, false), articles);
            }
        }

        foreach (var country in countries)
        {
            // "Thai", "Togolese": a spelling the source lists among the country's names that is also its demonym is read as
            // the demonym ("Thai customs" names Thailand's customs as "Belgian customs" does Belgium's).
            foreach (var name in country.Names.Where(n => !country.Demonyms.Contains(n)).Prepend(country.Name))
            {
                var entry = new GazetteerEntry(EntryKind.Country, country.Alpha2, name, IsAcronym(name))
                {
                    AmbiguityRules = rulesByName.GetValueOrDefault(name) ?? [],
                    ActorNumber = actorNumbers[Actor.CountryId(country.Alpha2)],
                };
                AddVariants(trie, name, entry, articles);
            }

            // A demonym shared by two countries ("Congolese", "Dominican") names neither for sure,
            // unless data/knowledge/demonyms.txt gives it to one of them ("Dutch" → NL).
            foreach (var demonym in country.Demonyms.Where(d => demonymOwners.TryGetValue(d, out var owners) && owners is [var only] && only == country.Alpha2))
            {
                var entry = new GazetteerEntry(EntryKind.Demonym, country.Alpha2, demonym, IsAcronym(demonym))
                {
                    ActorNumber = actorNumbers[Actor.CountryId(country.Alpha2)],
                };
                AddVariants(trie, demonym, entry, articles);
            }
        }

        foreach (var agency in agencies)
        {
            foreach (var name in agency.Aliases.Prepend(agency.Name))
            {
                var entry = new GazetteerEntry(EntryKind.Agency, agency.Slug, name, IsAcronym(name), agency.CountryCode)
                {
                    ActorNumber = actorNumbers[agency.ActorId],
                    AgencyCountryNumber = agency.CountryCode is { } code ? actorNumbers.GetValueOrDefault(Actor.CountryId(code), -1) : -1,
                };
                AddVariants(trie, name, entry, articles);
            }
        }

        return trie; // built into a trie once the vocabulary has given its words ids
    }

    /// <summary>
    /// The words of bodies' names that British and American English spell apart; a name listed in one spelling
    /// is read in the other too ("GCC Criminal Information Centre" written "Center" by a wire).
    /// </summary>
    private static readonly (string British, string American)[] Spellings =
    [
        ("Centre", "Center"), ("Organisation", "Organization"), ("Defence", "Defense"), ("Labour", "Labor"),
    ];

    /// <summary>
    /// Adds a phrase as written, without a leading article (but for regions: "the Balkans"), without its accents, in either
    /// English spelling (<see cref="Spellings"/>) and with either apostrophe.
    /// </summary>
    private static void AddVariants(PhraseTrieBuilder trie, string phrase, GazetteerEntry entry, IReadOnlyList<string> articles)
    {
        foreach (var article in articles)
        {
            if (phrase.Length > article.Length + 1 && phrase.StartsWith(article + " ", StringComparison.OrdinalIgnoreCase) && entry.Kind != EntryKind.Region)
            {
                phrase = phrase[(article.Length + 1)..];
                break;
            }
        }

        var variants = new HashSet<string>(StringComparer.Ordinal) { phrase, TextFolding.StripAccents(phrase) };
        foreach (var (british, american) in Spellings)
        {
            foreach (var v in variants.ToList())
            {
                variants.Add(v.Replace(british, american, StringComparison.Ordinal));
                variants.Add(v.Replace(american, british, StringComparison.Ordinal));
            }
        }

        foreach (var v in variants.ToList())
        {
            variants.Add(v.Replace('\'', '\u2019'));
            variants.Add(v.Replace('\u2019', '\''));
        }

        foreach (var variant in variants)
        {
            trie.Add(variant, entry);
        }
    }

    internal static bool IsAcronym(string name) =>
        name.Length <= 6 && name.Count(char.IsUpper) >= 2 && !name.Any(char.IsLower);
}
