using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>
/// "la aduana belga", "a guarda costeira italiana", "la gendarmerie camerounaise": Spanish, Portuguese and French name a
/// foreign body by the common noun of its kind and the country's lower-case demonym. When the gazetteer lists exactly one
/// body of that country whose English name holds the kind ("Belgian Customs", "Italian Coast Guard", "National Gendarmerie
/// of Cameroon"), the noun and the demonym name that body; otherwise the demonym stays the country, as before. The nouns are
/// <c>kind-*</c> lists of <c>agency-heads.txt</c>; only the mentions are looked at, so a sentence with no demonym costs nothing.
/// </summary>
internal sealed class KindNamedBodies
{
    /// <summary>The longest kind noun, in words ("garde côtière").</summary>
    private const int MaxNounWords = 2;

    private readonly (PhraseSet Nouns, Dictionary<string, GazetteerEntry> ByCountry)[] _kinds;

    public KindNamedBodies(ExtractionKnowledge knowledge) =>
        _kinds =
        [
            Kind(knowledge, KnowledgeList.KindCustoms, "Customs"),
            Kind(knowledge, KnowledgeList.KindCoastGuard, "Coast Guard"),
            Kind(knowledge, KnowledgeList.KindGendarmerie, "Gendarmerie"),
            Kind(knowledge, KnowledgeList.KindNavy, "Navy"),
        ];

    /// <summary>Rewrites each demonym a kind noun stands right before into the country's body of that kind, when there is one.</summary>
    public void Rename(SentenceTokens sentence, List<Mention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var demonym = mentions[m];
            if (demonym is not { Kind: ActorKind.Country, Entry.Kind: EntryKind.Demonym } || sentence.Tokens[demonym.FirstToken].IsCapitalized)
            {
                continue; // a capitalised demonym is part of a name
            }

            // The noun may not reach into the mention before it ("la Policía Nacional colombiana" is a listed name).
            var earliest = Math.Max(m > 0 ? mentions[m - 1].EndToken : 0, demonym.FirstToken - MaxNounWords);
            var code = demonym.ActorId["country:".Length..];
            foreach (var (nouns, byCountry) in _kinds)
            {
                if (NounBefore(sentence, nouns, earliest, demonym.FirstToken) is { } first && byCountry.TryGetValue(code, out var body))
                {
                    var span = sentence.SpanOf(first, demonym.EndToken - first);
                    mentions[m] = new Mention(body.ActorId, ActorKind.Agency, first, demonym.EndToken - first, span, sentence.Span, false, body);
                    break;
                }
            }
        }
    }

    /// <summary>Where a kind noun ending right before the demonym starts, at <paramref name="earliest"/> or after; null when none does.</summary>
    private static int? NounBefore(SentenceTokens sentence, PhraseSet nouns, int earliest, int demonym)
    {
        for (var first = earliest; first < demonym; first++)
        {
            if (nouns.MatchAt(sentence, first) == demonym - first)
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>A kind's nouns, and for each country the one national body whose English name holds the kind's word.</summary>
    private static (PhraseSet, Dictionary<string, GazetteerEntry>) Kind(ExtractionKnowledge knowledge, KnowledgeList nouns, string word)
    {
        var found = new Dictionary<string, GazetteerEntry?>(StringComparer.Ordinal);
        foreach (var agency in knowledge.Agencies.Values)
        {
            if (agency.CountryCode is not { } code || !HoldsWord(agency.Name, word))
            {
                continue;
            }

            // Two bodies of one country of the kind ("U.S. Navy" and a naval police): the noun cannot tell which, so neither.
            found[code] = found.ContainsKey(code) ? null : new GazetteerEntry(EntryKind.Agency, agency.Slug, agency.Name, false, code)
            {
                ActorNumber = knowledge.ActorNumberOf(agency.ActorId),
                AgencyCountryNumber = knowledge.ActorNumberOf(Actor.CountryId(code)),
            };
        }

        var byCountry = found.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal);
        return (knowledge.Phrases(nouns), byCountry);
    }

    private static bool HoldsWord(string name, string word)
    {
        var at = name.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || name[at - 1] == ' ') && (at + word.Length == name.Length || name[at + word.Length] is ' ' or ',');
    }
}
