using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>
/// Bodies discovered from the shape of their name with no country the sentence ties them to ("the Ministry of
/// National Security", "the Assets Recovery Agency", "Westminster Magistrates' Court") belong to the report's
/// own country, the one its dateline and its taking-part mentions name more than all others together. Each gets
/// that country in its id, so two countries' same-named ministries stay two bodies. When the report has no
/// such country, a court, police force or prosecutor with a name of its own ("Westminster Magistrates' Court")
/// keeps no country, and any other such body is dropped: a ministry or a "Federal Police" with no country would
/// join every country's body of that name.
/// </summary>
internal sealed class CountrylessBodies
{
    private readonly HashSet<string> _seated;
    private readonly HashSet<string> _kindWords;
    private readonly ListedBodyNames _listed;
    private readonly HashSet<string> _force;
    private readonly HashSet<string> _forceDistricts;
    private readonly HashSet<string> _units; // "Division", "Department": a unit's last word before "of" and its body
    private readonly HashSet<string> _unitLinkers;

    public CountrylessBodies(ExtractionKnowledge knowledge)
    {
        _listed = knowledge.ListedBodyNames;
        _force = new HashSet<string>(knowledge.List(KnowledgeList.Force), StringComparer.Ordinal);
        _forceDistricts = new HashSet<string>(knowledge.List(KnowledgeList.ForceDistrict), StringComparer.Ordinal);
        _seated = new HashSet<string>(knowledge.List(KnowledgeList.Seated), StringComparer.Ordinal);
        _units = new HashSet<string>(knowledge.List(KnowledgeList.ForceUnit), StringComparer.Ordinal);
        _unitLinkers = new HashSet<string>(knowledge.List(KnowledgeList.NameLinker).Concat(knowledge.List(KnowledgeList.DefiniteArticle)), StringComparer.Ordinal);

        // "Federal Police", "Public Prosecutor's Office", "Coast Guard": words that name a kind of body, no body.
        _kindWords = new HashSet<string>(knowledge.List(KnowledgeList.Head).SelectMany(h => h.Split(' ')), StringComparer.Ordinal);
        _kindWords.UnionWith(_seated);
        _kindWords.UnionWith(knowledge.List(KnowledgeList.GenericBodyWord));
    }

    /// <summary>Gives the report's country to its country-less discovered bodies, rewriting their mentions.</summary>
    /// <param name="discovered">The report's discovered agencies, rewritten in place.</param>
    /// <param name="sentences">The report's sentences and mentions, rewritten in place.</param>
    /// <param name="reportCountry">The report's own country (an alpha-2 code), computed only when asked for.</param>
    public void Settle(
        Dictionary<string, Actor> discovered,
        List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences,
        Func<string?> reportCountry)
    {
        Dictionary<string, string?>? renamed = null; // old id -> new id, or null where the body is dropped
        Dictionary<string, GazetteerEntry>? listed = null; // old id -> the listed body of the report's country it names
        string? code = null;
        var asked = false;
        HashSet<string>? named = null; // the countries the report names, gathered only when a report with no country of its own asks
        foreach (var actor in discovered.Values)
        {
            if (actor.CountryCode is not null)
            {
                continue;
            }

            if (!asked)
            {
                (code, asked) = (reportCountry(), true);
            }

            if ((code is not null ? _listed.Find(code, ListedName(actor.Name)) ?? _listed.FindParentOfUnit(code, actor.Name, _units, _unitLinkers)
                : OnlyNamedCountrysBody(ListedName(actor.Name), discovered, sentences, ref named)
                    ?? OnlyNamedCountrysParent(actor.Name, discovered, sentences, ref named)
                    ?? OnlySentenceCountrysBody(actor.Id, ListedName(actor.Name), discovered, sentences)) is { } entry)
            {
                // "the Attorney General's Office" of a report from Ecuador is the listed "Attorney General's Office of Ecuador";
                // with no country of its own, a report that names Mongolia and no other country listing the name means
                // Mongolia's "General Authority for Border Protection".
                (listed ??= [])[actor.Id] = entry;
                (renamed ??= [])[actor.Id] = null;
            }
            else if (code is not null)
            {
                (renamed ??= [])[actor.Id] = "agency:" + Slug.Of(code + " " + actor.Name);
            }
            else if (!IsSeated(actor.Name) || IsKindOnly(actor.Name))
            {
                (renamed ??= [])[actor.Id] = null;
            }
        }

        if (renamed is null)
        {
            return;
        }

        foreach (var (oldId, newId) in renamed)
        {
            var actor = discovered[oldId];
            discovered.Remove(oldId);
            if (newId is not null && !discovered.ContainsKey(newId))
            {
                discovered.Add(newId, actor with { Id = newId, CountryCode = code });
            }
        }

        foreach (var (_, mentions) in sentences)
        {
            var kept = 0;
            for (var k = 0; k < mentions.Count; k++)
            {
                var mention = mentions[k];
                if (mention.Kind == ActorKind.Agency && mention.Entry is null && renamed.TryGetValue(mention.ActorId, out var newId))
                {
                    if (listed is not null && listed.TryGetValue(mention.ActorId, out var entry))
                    {
                        mention = mention with { ActorId = entry.ActorId, Entry = entry };
                    }
                    else if (newId is null)
                    {
                        continue;
                    }
                    else
                    {
                        mention = mention with { ActorId = newId };
                    }
                }

                mentions[kept++] = mention;
            }

            mentions.RemoveRange(kept, mentions.Count - kept);
        }
    }

    /// <summary>
    /// The listed body whose name is the given one with its country left out, when exactly one of the countries the report
    /// names (as a country, a demonym or through a body of its own, in any role) lists such a body; null otherwise: "the
    /// National Police" beside Senegal and Côte d'Ivoire, or "the Ministry of Internal Affairs" beside Azerbaijani citizens and
    /// a route through Georgia, is left unresolved.
    /// </summary>
    private GazetteerEntry? OnlyNamedCountrysBody(
        string name,
        Dictionary<string, Actor> discovered,
        List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences,
        ref HashSet<string>? named)
    {
        var candidates = _listed.FindInAnyCountry(name);
        if (candidates.Length == 0)
        {
            return null;
        }

        named ??= NamedCountries(discovered, sentences);
        return OnlyBodyAmong(candidates, name, named);
    }

    /// <summary>
    /// "IBAMA, working with the Federal Police, seized 412 logs" in a report naming thirty countries: when the report has no
    /// country of its own and names several countries listing such a body, the sentence that first names it may name only
    /// one of them (here Brazil, through IBAMA), whose body it is; null when that sentence names none or several.
    /// </summary>
    private GazetteerEntry? OnlySentenceCountrysBody(
        string actorId,
        string name,
        Dictionary<string, Actor> discovered,
        List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences)
    {
        var candidates = _listed.FindInAnyCountry(name);
        if (candidates.Length == 0)
        {
            return null;
        }

        foreach (var sentence in sentences)
        {
            if (sentence.Mentions.Exists(m => m.ActorId == actorId))
            {
                return OnlyBodyAmong(candidates, name, NamedCountries(discovered, [sentence]));
            }
        }

        return null;
    }

    private GazetteerEntry? OnlyBodyAmong(GazetteerEntry[] candidates, string name, HashSet<string> named)
    {
        GazetteerEntry? found = null;
        foreach (var entry in candidates)
        {
            if (named.Contains(entry.AgencyCountry!))
            {
                if (found is not null && found.Key != entry.Key)
                {
                    return null;
                }

                found = entry;
            }
        }

        // "the Public Prosecution" of a report about Dubai, which also names Morocco: Dubai's "Dubai Public Prosecution" may be
        // the one meant, though only Morocco lists a "Public Prosecution" of its own, so neither is.
        foreach (var country in found is null ? [] : named)
        {
            if (country != found!.AgencyCountry && _listed.HasBodyEndingIn(country, name))
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>
    /// The listed parent of a unit ("… Department of the Prosecutor General's Office") when exactly one of the countries the
    /// report names has a listed body of the parent's name; null otherwise.
    /// </summary>
    private GazetteerEntry? OnlyNamedCountrysParent(
        string name,
        Dictionary<string, Actor> discovered,
        List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences,
        ref HashSet<string>? named)
    {
        named ??= NamedCountries(discovered, sentences);
        GazetteerEntry? found = null;
        foreach (var country in named)
        {
            if (_listed.FindParentOfUnit(country, name, _units, _unitLinkers) is { } entry)
            {
                if (found is not null && found.Key != entry.Key)
                {
                    return null;
                }

                found = entry;
            }
        }

        return found;
    }

    /// <summary>The countries the report names: as a country, a demonym or through a body of its own, in any role.</summary>
    private static HashSet<string> NamedCountries(
        Dictionary<string, Actor> discovered,
        List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, mentions) in sentences)
        {
            foreach (var mention in mentions)
            {
                var country = mention.Kind == ActorKind.Agency
                    ? mention.Entry?.AgencyCountry ?? discovered.GetValueOrDefault(mention.ActorId)?.CountryCode
                    : mention.Entry?.Key;
                if (country is not null)
                {
                    named.Add(country);
                }
            }
        }

        return named;
    }

    /// <summary>The name to look the body up by: a national force's district ("Troms Police District") by its force word ("Police").</summary>
    private string ListedName(string name)
    {
        var last = name.LastIndexOf(' ');
        var before = last > 0 ? name.LastIndexOf(' ', last - 1) : -1;
        if (before <= 0 || !_forceDistricts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.AsSpan(last + 1)))
        {
            return name;
        }

        var force = name[(before + 1)..last];
        return _force.Contains(force) ? force : name;
    }

    /// <summary>Whether every capitalised word of the name names a kind of body ("Federal Police", "Attorney General's Office").</summary>
    private bool IsKindOnly(string name)
    {
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = WithoutPossessive(part);
            if (char.IsUpper(word[0]) && !_kindWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the name holds a word of a body a city is the seat of ("Magistrates' Court", "Sheriff's Office").</summary>
    private bool IsSeated(string name)
    {
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (_seated.Contains(WithoutPossessive(part)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of a name without its possessive ending ("Magistrates'" → "Magistrates", "Sheriff's" → "Sheriff").</summary>
    private static string WithoutPossessive(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        return apostrophe > 0 ? word[..apostrophe] : word;
    }
}
