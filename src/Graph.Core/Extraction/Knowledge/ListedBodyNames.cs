using Graph.Core.Extraction.Recognition;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Knowledge;

/// <summary>
/// Listed bodies by the rest of their name once their country is known: "Peru's National Police" is the listed "National
/// Police of Peru", an "Attorney General's Office" of a report from Ecuador the listed "Attorney General's Office of
/// Ecuador". Built once from the gazetteer, on first use.
/// </summary>
internal sealed class ListedBodyNames
{
    private readonly Dictionary<string, Dictionary<string, GazetteerEntry?>> _byCountry;
    private readonly Dictionary<string, GazetteerEntry[]> _byName;

    // "Public Prosecution" -> the countries with a listed body whose name ends in it ("Dubai Public Prosecution"): AE.
    private readonly Dictionary<string, HashSet<string>> _countriesByNameEnding;

    public ListedBodyNames(ExtractionKnowledge knowledge)
    {
        _byCountry = Build(knowledge);
        _byName = ByName(_byCountry);
        _countriesByNameEnding = ByNameEnding(knowledge);
    }

    /// <summary>
    /// Whether a country has a listed body whose name ends in the given words after words of its own ("Dubai Public
    /// Prosecution" for "Public Prosecution"): such a country may mean the bare name though it lists no body of exactly it.
    /// </summary>
    public bool HasBodyEndingIn(string country, string name) =>
        _countriesByNameEnding.TryGetValue(name, out var countries) && countries.Contains(country);

    private static Dictionary<string, HashSet<string>> ByNameEnding(ExtractionKnowledge knowledge)
    {
        var endings = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var agency in knowledge.Agencies.Values)
        {
            if (agency.CountryCode is not { } code)
            {
                continue;
            }

            // "Philippine National Police": words before the ending that spell the country's own name are no place of its own.
            var own = knowledge.Countries.TryGetValue(code, out var info) ? info.Names.Append(info.Name).Concat(info.Demonyms).ToList() : [];
            foreach (var listedName in agency.Aliases.Prepend(agency.Name))
            {
                for (var space = listedName.IndexOf(' '); space > 0; space = listedName.IndexOf(' ', space + 1))
                {
                    var ending = listedName[(space + 1)..];
                    var before = listedName[..space];
                    if (ending.Contains(' ') && !own.Any(n => n.StartsWith(before, StringComparison.OrdinalIgnoreCase) || before.StartsWith(n, StringComparison.OrdinalIgnoreCase)))
                    {
                        (endings.TryGetValue(ending, out var countries) ? countries : endings[ending] = new(StringComparer.Ordinal)).Add(code);
                    }
                }
            }
        }

        return endings;
    }

    /// <summary>The listed body of a country whose name is the given one with the country's name or demonym added; null when none or two are.</summary>
    /// <param name="country">The country's alpha-2 code.</param>
    /// <param name="name">The name as written, without the country.</param>
    public GazetteerEntry? Find(string country, string name) =>
        _byCountry.TryGetValue(country, out var byName) && byName.TryGetValue(name, out var entry) ? entry : null;

    /// <summary>As <see cref="Find(string, string)"/>, for a name read from the text without copying it.</summary>
    public GazetteerEntry? Find(string country, ReadOnlySpan<char> name) =>
        _byCountry.TryGetValue(country, out var byName) && byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var entry) ? entry : null;

    /// <summary>
    /// "Special Cybersecurity Division of the National Police", "Organised Crime and Corruption Investigation Department of
    /// the Prosecutor General's Office": a unit (its last word before "of" one of <paramref name="unitWords"/>) of a body
    /// whose name, with the country left out, is a listed body of the country is that body, as the sub-unit rule folds units
    /// into their parent; null when no "of" follows a unit word or the rest names no listed body.
    /// </summary>
    /// <param name="country">The country's alpha-2 code.</param>
    /// <param name="name">The unit's name as written.</param>
    /// <param name="unitWords">The words that end a unit's name ("Division", "Department").</param>
    /// <param name="linkers">The words between the unit and its body ("of", "the").</param>
    public GazetteerEntry? FindParentOfUnit(string country, string name, IReadOnlySet<string> unitWords, IReadOnlySet<string> linkers)
    {
        if (!_byCountry.TryGetValue(country, out var byName))
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k + 1 < words.Length; k++)
        {
            if (!unitWords.Contains(words[k - 1]) || !linkers.Contains(words[k]))
            {
                continue;
            }

            var first = k + 1;
            while (first < words.Length - 1 && linkers.Contains(words[first]))
            {
                first++;
            }

            // "Department of Immigration" names a body by its field, no parent: the parent's own name is two words or more.
            if (words.Length - first >= 2 && byName.TryGetValue(string.Join(' ', words[first..]), out var entry) && entry is not null)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// Every country's listed body the name resolves to (see <see cref="Find(string, string)"/>), empty when none does: one
    /// look-up for a report's country-less body instead of one for each country the report names.
    /// </summary>
    public GazetteerEntry[] FindInAnyCountry(string name) =>
        _byName.GetValueOrDefault(name) ?? [];

    /// <summary>The countries' bodies by the rest of their name, the names that resolve to no body left out.</summary>
    private static Dictionary<string, GazetteerEntry[]> ByName(Dictionary<string, Dictionary<string, GazetteerEntry?>> byCountry) =>
        byCountry.Values
            .SelectMany(byName => byName)
            .Where(pair => pair.Value is not null)
            .GroupBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Value!).ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// For each country, the listed names of its bodies with the country left out: "National Police" for "National Police of
    /// Peru" and "Peruvian National Police", "Navy" for "Mexican Navy" (asked only after the country's possessive). A name two
    /// of a country's bodies would share is kept with no body, so it resolves to none.
    /// </summary>
    private static Dictionary<string, Dictionary<string, GazetteerEntry?>> Build(ExtractionKnowledge knowledge)
    {
        var byCountry = new Dictionary<string, Dictionary<string, GazetteerEntry?>>(StringComparer.Ordinal);
        foreach (var agency in knowledge.Agencies.Values)
        {
            if (agency.CountryCode is not { } code || !knowledge.Countries.TryGetValue(code, out var info))
            {
                continue;
            }

            var countryNames = info.Names.Append(info.Name).Distinct().ToList();
            foreach (var listedName in agency.Aliases.Prepend(agency.Name))
            {
                foreach (var rest in WithoutCountry(listedName, countryNames, info.Demonyms))
                {
                    if (!byCountry.TryGetValue(code, out var byName))
                    {
                        byCountry[code] = byName = new Dictionary<string, GazetteerEntry?>(StringComparer.OrdinalIgnoreCase);
                    }

                    var entry = new GazetteerEntry(EntryKind.Agency, agency.Slug, listedName, false, code)
                    {
                        ActorNumber = knowledge.ActorNumberOf(agency.ActorId),
                        AgencyCountryNumber = knowledge.ActorNumberOf(Actor.CountryId(code)),
                    };
                    byName[rest] = byName.TryGetValue(rest, out var other) && other?.Key != agency.Slug ? null : entry;
                }
            }
        }

        return byCountry;
    }

    /// <summary>"National Police of Peru", "National Police of the Philippines", "Peruvian National Police", "Peru National Police" → "National Police".</summary>
    private static IEnumerable<string> WithoutCountry(string listed, List<string> countryNames, IReadOnlyList<string> demonyms)
    {
        foreach (var country in countryNames)
        {
            foreach (var suffix in (string[])[" of " + country, " of the " + country])
            {
                if (listed.Length > suffix.Length && listed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    yield return Unarticled(listed[..^suffix.Length]);
                }
            }

            if (listed.Length > country.Length + 1 && listed.StartsWith(country + " ", StringComparison.OrdinalIgnoreCase))
            {
                yield return listed[(country.Length + 1)..];
            }
        }

        foreach (var demonym in demonyms)
        {
            if (listed.Length > demonym.Length + 1 && listed.StartsWith(demonym + " ", StringComparison.OrdinalIgnoreCase))
            {
                yield return listed[(demonym.Length + 1)..];
            }
        }
    }

    private static string Unarticled(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
