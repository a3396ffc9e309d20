using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>
/// "la aduana belga", "a guarda costeira italiana", "la gendarmerie camerounaise", "la police zambienne": Spanish, Portuguese and French name a
/// foreign body by the common noun of its kind and the country's lower-case demonym. When the gazetteer lists exactly one
/// body of that country whose English name holds the kind ("Belgian Customs", "Italian Coast Guard", "National Gendarmerie
/// of Cameroon", "Zambia Police Service"), the noun and the demonym name that body; otherwise the demonym stays the country, as before. The nouns are
/// <c>kind-*</c> lists of <c>agency-heads.txt</c>; only the mentions are looked at, so a sentence with no demonym costs nothing.
/// </summary>
internal sealed class KindNamedBodies
{
    /// <summary>The longest kind noun, in words ("garde côtière").</summary>
    private const int MaxNounWords = 2;

    private readonly (PhraseSet Nouns, Dictionary<string, GazetteerEntry> ByCountry)[] _kinds;

    // The kinds a bare noun in a country's clause names; "Au Togo, la police et la douane …" is any police of the place
    // as often as its national force, so the police needs its demonym.
    private readonly (PhraseSet Nouns, Dictionary<string, GazetteerEntry> ByCountry)[] _sceneKinds;
    private readonly WordSet _articles;

    // The scene kinds' gates together, when every one is gated: a token without one of those bits starts no kind noun, so the
    // walks pass it with one mask test instead of asking the article set and each kind's phrases (3 % of a Spanish profile).
    private readonly CueBits _sceneGate;
    private readonly bool _sceneGated;

    // "Danish police officers": the noun then names people, not the force; "Greek and Cypriot police": the noun is both
    // countries', not the last one's.
    private readonly WordSet _peopleAfter;
    private readonly WordSet _listWords;
    private readonly WordSet _possessive;

    // "police in Montenegro", "the police of North Macedonia": the words between a kind noun and its country, and the words
    // that may open such a noun phrase.
    private readonly WordSet _placeLinkers;
    private readonly WordSet _nounOpeners;

    public KindNamedBodies(ExtractionKnowledge knowledge)
    {
        _kinds =
        [
            Kind(knowledge, KnowledgeList.KindCustoms, "Customs"),
            Kind(knowledge, KnowledgeList.KindCoastGuard, "Coast Guard"),
            Kind(knowledge, KnowledgeList.KindGendarmerie, "Gendarmerie"),
            Kind(knowledge, KnowledgeList.KindNavy, "Navy"),
            Kind(knowledge, KnowledgeList.KindAirForce, "Air Force"),
            Kind(knowledge, KnowledgeList.KindPolice, "Police", knowledge.List(KnowledgeList.KindPoliceSpecialised)),
        ];
        _sceneKinds = _kinds[..^1];
        _sceneGated = _sceneKinds.All(kind => !kind.Nouns.Gate.IsEmpty);
        _sceneGate = _sceneKinds.Aggregate(CueBits.None, (gate, kind) => gate | kind.Nouns.Gate);
        _articles = knowledge.Words(KnowledgeList.HeadFirstLinker);
        _peopleAfter = knowledge.Words(KnowledgeList.Authority, KnowledgeList.Nationality);
        _listWords = knowledge.Words(KnowledgeList.Conjunction);
        _possessive = knowledge.Words(KnowledgeList.Possessive);
        _placeLinkers = knowledge.Words(KnowledgeList.Locative, KnowledgeList.NameLinker);
        _nounOpeners = knowledge.Words(KnowledgeList.DefiniteArticle, KnowledgeList.AgentMarker, KnowledgeList.Conjunction);
    }

    /// <summary>Rewrites each demonym a kind noun stands right before into the country's body of that kind, when there is one.</summary>
    public void Rename(SentenceTokens sentence, List<Mention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var demonym = mentions[m];
            if (demonym is { Kind: ActorKind.Country, Entry.Kind: EntryKind.Country })
            {
                RenameWithNounBefore(sentence, mentions, m);
                if (mentions[m].Kind == ActorKind.Country)
                {
                    RenameWithPossessiveNoun(sentence, mentions, m);
                }

                continue;
            }

            if (demonym is not { Kind: ActorKind.Country, Entry.Kind: EntryKind.Demonym })
            {
                continue;
            }

            // English writes the demonym capitalised and first ("Dutch police", "Belgian customs"); a capitalised
            // demonym in the other languages is part of a name.
            if (sentence.Tokens[demonym.FirstToken].IsCapitalized)
            {
                RenameWithNounAfter(sentence, mentions, m);
                continue;
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

    /// <summary>
    /// "Au Cameroun, la douane a démantelé un atelier", "Au Burkina Faso, les douanes ont agi en lien avec la gendarmerie": in a
    /// clause whose scene is a country (<see cref="LanguageScene"/>), a kind noun after an article or a linking word
    /// (<c>head-first-linker</c>: "la", "del", "da"), in no other name and
    /// with no country after it, names the scene country's one listed body of that kind. Nothing else is looked at in a
    /// sentence that sets no scene.
    /// </summary>
    public void RenameInScene(SentenceTokens sentence, List<Mention> mentions)
    {
        if (!LanguageScene.AnyScene(sentence, mentions))
        {
            return;
        }

        var next = 0;
        for (var k = 1; k < sentence.Count; k++)
        {
            if (!MayStartKindNoun(sentence, k) || !FreeAfterArticle(sentence, mentions, ref next, k))
            {
                continue;
            }

            foreach (var (nouns, byCountry) in _sceneKinds)
            {
                var length = nouns.MatchAt(sentence, k);
                if (length <= 0 || sentence.Tokens[k].IsCapitalized || (next < mentions.Count && mentions[next].FirstToken == k + length)
                    || LanguageScene.CountryAt(sentence, mentions, k) is not { } scene
                    || !byCountry.TryGetValue(scene.ActorId["country:".Length..], out var body))
                {
                    continue;
                }

                mentions.Insert(next, new Mention(body.ActorId, ActorKind.Agency, k, length, sentence.SpanOf(k, length), sentence.Span, false, body));
                k += length - 1;
                break;
            }
        }
    }

    /// <summary>
    /// "La douane a contrôlé les flux", "la section de recherches de la gendarmerie de Papeete", "la Aduana decomisó": the press
    /// of a Spanish-, Portuguese- or French-speaking country writes its own services by their kind noun alone. Such a noun after an
    /// article or a linking word, in lower case or capitalised alone, in no other name and with no country after it, names the report's own country's
    /// one listed body of that kind (not its police: a bare "la police" is as often a town's), unless the sentence names that body
    /// already. A noun followed by a country ("la gendarmerie de Mayotte", "les douanes de Nouvelle-Zélande") is read so only when
    /// that country is the report's own. Nothing is named when the report has no clear country.
    /// </summary>
    /// <param name="sentences">The report's sentences and mentions, rewritten in place.</param>
    /// <param name="reportCountry">The report's own country (an alpha-2 code), computed only when a sentence holds a kind noun.</param>
    public void RenameInReport(List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, Func<string?> reportCountry)
    {
        var (asked, own) = (false, (string?)null);
        foreach (var (sentence, mentions) in sentences)
        {
            if (!MayHoldKindNoun(sentence))
            {
                continue;
            }

            var next = 0;
            for (var k = 1; k < sentence.Count; k++)
            {
                if (!MayStartKindNoun(sentence, k) || !FreeAfterArticle(sentence, mentions, ref next, k))
                {
                    continue;
                }

                foreach (var (nouns, byCountry) in _sceneKinds)
                {
                    var length = nouns.MatchAt(sentence, k);
                    if (length <= 0 || (next < mentions.Count && mentions[next].FirstToken == k + length) || RunsOnCapitalised(sentence, k, length))
                    {
                        continue;
                    }

                    (own, asked) = asked ? (own, true) : (reportCountry(), true);
                    var owner = CountryAfterLinker(sentence, mentions, next, k + length);
                    if (own is not null && (owner is not { } ownerMention || ownerMention.ActorId.AsSpan("country:".Length).SequenceEqual(own))
                        && byCountry.TryGetValue(own, out var body) && !Names(mentions, body))
                    {
                        mentions.Insert(next, new Mention(body.ActorId, ActorKind.Agency, k, length, sentence.SpanOf(k, length), sentence.Span, false, body));
                        k += length - 1;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether a scene kind's noun may start at token <paramref name="k"/>, by its cue bits alone. <see cref="FreeAfterArticle"/>
    /// moves its mention index on lazily, so a token passed here leaves it where asking would have.
    /// </summary>
    private bool MayStartKindNoun(SentenceTokens sentence, int k) => !_sceneGated || sentence.HasCue(k, _sceneGate);

    /// <summary>
    /// Whether token <paramref name="k"/> stands in no mention and right after an article or a linking word, where a bare kind
    /// noun may start; <paramref name="next"/> is moved on to the first mention not ended before it (the walks go left to right).
    /// </summary>
    private bool FreeAfterArticle(SentenceTokens sentence, List<Mention> mentions, ref int next, int k)
    {
        while (next < mentions.Count && mentions[next].EndToken <= k)
        {
            next++;
        }

        return (next >= mentions.Count || mentions[next].FirstToken > k) && _articles.Contains(sentence, k - 1);
    }

    /// <summary>
    /// "la Aduana", "la Douane": a capitalised kind noun that ends its capitalised words is the kind alone, as the lower-case one
    /// is; one that runs on ("la Aduana Nacional", "la Douane Centrale") is the opening of a name of its own.
    /// </summary>
    private static bool RunsOnCapitalised(SentenceTokens sentence, int k, int length) =>
        sentence.Tokens[k].IsCapitalized && k + length < sentence.Count && sentence.Tokens[k + length].IsCapitalized;

    /// <summary>Whether the sentence already names the body ("la Gendarmerie nationale, à travers le commandement de la gendarmerie de Guyane").</summary>
    private static bool Names(List<Mention> mentions, GazetteerEntry body)
    {
        foreach (var mention in mentions)
        {
            if (mention.ActorId == body.ActorId)
            {
                return true;
            }
        }

        return false;
    }

    private bool MayHoldKindNoun(SentenceTokens sentence)
    {
        foreach (var (nouns, _) in _sceneKinds)
        {
            if (nouns.Gate.IsEmpty || sentence.AllCues.Overlaps(nouns.Gate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"la douane du Sénégal", "la gendarmerie de la Guinée": the country mention after a linking word (and an article), or null.</summary>
    private Mention? CountryAfterLinker(SentenceTokens sentence, List<Mention> mentions, int next, int after)
    {
        if (after >= sentence.Count || !_articles.Contains(sentence, after))
        {
            return null;
        }

        var first = after + 1 < sentence.Count && _articles.Contains(sentence, after + 1) ? after + 2 : after + 1;
        for (var m = next; m < mentions.Count && mentions[m].FirstToken <= first + 1; m++)
        {
            if (mentions[m].FirstToken == after + 1 || mentions[m].FirstToken == first)
            {
                return mentions[m].Kind == ActorKind.Country ? mentions[m] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Last year, police in Montenegro broke up a similar route", "arrested by the police of North Macedonia": a lower-case kind
    /// noun, then "in" or "of" and a country, names that country's one listed body of the kind, as "Montenegrin police" does. The
    /// noun opens its phrase (the sentence, a comma, an article, "by" or "and" before it): "Spanish police in Morocco" and "border
    /// police in Hungary" are another body, and "police in Spain and Portugal" is two countries' police, so none is named.
    /// </summary>
    private void RenameWithNounBefore(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var country = mentions[m];
        var linker = country.FirstToken - 1;
        if (linker < 1 || !_placeLinkers.Contains(sentence, linker) || CountryListAfter(sentence, mentions, m))
        {
            return;
        }

        var earliest = Math.Max(m > 0 ? mentions[m - 1].EndToken : 0, linker - MaxNounWords);
        var code = country.ActorId["country:".Length..];
        foreach (var (nouns, byCountry) in _kinds)
        {
            if (NounBefore(sentence, nouns, earliest, linker) is not { } first)
            {
                continue;
            }

            var opens = first == 0 || sentence.Word(first - 1) is "," || _nounOpeners.Contains(sentence, first - 1);
            if ((first > 0 && sentence.Tokens[first].IsCapitalized) || !opens || !byCountry.TryGetValue(code, out var body))
            {
                return;
            }

            var count = country.EndToken - first;
            mentions[m] = new Mention(body.ActorId, ActorKind.Agency, first, count, sentence.SpanOf(first, count), sentence.Span, false, body);
            return;
        }
    }

    /// <summary>
    /// "Ecuador's navy", "Costa Rica's coast guard": a country's possessive and a lower-case kind noun name that country's one
    /// listed body of the kind, as "Ecuadorian navy" does; a people noun after it ("Ecuador's navy officers") is read the same
    /// way as after a demonym, and leaves the country.
    /// </summary>
    private void RenameWithPossessiveNoun(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var country = mentions[m];
        var noun = country.EndToken + 1;
        if (noun >= sentence.Count || !IsPossessive(sentence.Word(country.EndToken)) || sentence.Tokens[noun].IsCapitalized
            || (m + 1 < mentions.Count && mentions[m + 1].FirstToken <= noun))
        {
            return;
        }

        var code = country.ActorId["country:".Length..];
        foreach (var (nouns, byCountry) in _kinds)
        {
            var length = nouns.MatchAt(sentence, noun);
            if (length <= 0)
            {
                continue;
            }

            if ((noun + length < sentence.Count && _peopleAfter.Contains(sentence, noun + length)) || !byCountry.TryGetValue(code, out var body))
            {
                return;
            }

            var count = noun + length - country.FirstToken;
            mentions[m] = new Mention(body.ActorId, ActorKind.Agency, country.FirstToken, count, sentence.SpanOf(country.FirstToken, count), sentence.Span, false, body);
            return;
        }
    }

    private bool IsPossessive(ReadOnlySpan<char> word) => word.Length > 1 && Tokenizer.IsApostrophe(word[0]) && _possessive.Contains(word[1..]);

    /// <summary>"police in Spain and Portugal", "police in Spain, Italy and Greece": another country joined to this one.</summary>
    private bool CountryListAfter(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var joiner = mentions[m].EndToken;
        return m + 1 < mentions.Count && joiner < sentence.Count && (_listWords.Contains(sentence, joiner) || sentence.Word(joiner) is ",")
            && mentions[m + 1] is { Kind: ActorKind.Country } after && after.FirstToken == joiner + 1;
    }

    /// <summary>"Dutch police", "Thai customs": a lower-case kind noun right after a capitalised demonym, in no other name.</summary>
    private void RenameWithNounAfter(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var demonym = mentions[m];
        var next = demonym.EndToken;
        if (next >= sentence.Count || sentence.Tokens[next].IsCapitalized || (m + 1 < mentions.Count && mentions[m + 1].FirstToken <= next)
            || DemonymListBefore(sentence, mentions, m))
        {
            return;
        }

        var code = demonym.ActorId["country:".Length..];
        foreach (var (nouns, byCountry) in _kinds)
        {
            var length = nouns.MatchAt(sentence, next);
            if (length > 0 && next + length < sentence.Count && _peopleAfter.Contains(sentence, next + length))
            {
                return;
            }

            if (length > 0 && byCountry.TryGetValue(code, out var body))
            {
                var count = next + length - demonym.FirstToken;
                mentions[m] = new Mention(body.ActorId, ActorKind.Agency, demonym.FirstToken, count, sentence.SpanOf(demonym.FirstToken, count), sentence.Span, false, body);
                return;
            }
        }
    }

    /// <summary>
    /// "Greek and Cypriot police", "Greek, Cypriot police": another demonym joined to this one by "and" or a comma shares the
    /// noun; "the ONCB and Thai customs" joins a body to the demonym, which keeps its noun.
    /// </summary>
    private bool DemonymListBefore(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var joiner = mentions[m].FirstToken - 1;
        return joiner > 0 && m > 0 && (_listWords.Contains(sentence, joiner) || sentence.Word(joiner) is ",")
            && mentions[m - 1] is { Entry.Kind: EntryKind.Demonym } before && before.EndToken == joiner;
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
    // The specialised words make a body of the kind one the bare noun does not name ("Georgia Border Police").
    private static (PhraseSet, Dictionary<string, GazetteerEntry>) Kind(
        ExtractionKnowledge knowledge, KnowledgeList nouns, string word, IReadOnlyList<string>? specialised = null)
    {
        var found = new Dictionary<string, GazetteerEntry?>(StringComparer.Ordinal);
        foreach (var agency in knowledge.Agencies.Values)
        {
            if (agency.CountryCode is not { } code || !HoldsWord(agency.Name, word))
            {
                continue;
            }

            // Two bodies of one country of the kind ("U.S. Navy" and a naval police): the noun cannot tell which, so neither;
            // a specialised body is never the one, but still makes another ambiguous.
            var isSpecialised = specialised is not null && specialised.Any(s => HoldsWord(agency.Name, s));
            found[code] = found.ContainsKey(code) || isSpecialised ? null : new GazetteerEntry(EntryKind.Agency, agency.Slug, agency.Name, false, code)
            {
                ActorNumber = knowledge.ActorNumberOf(agency.ActorId),
                AgencyCountryNumber = knowledge.ActorNumberOf(Actor.CountryId(code)),
            };
        }

        // "Peruvian police": a country none of whose bodies has the police in its listed name ("Policía Nacional del Perú") may
        // have one whose English alias holds it ("National Police of Peru"); that one, when it is the only such body. Only the
        // police: a country's customs or coast guard the text leaves unnamed ("au Togo, la douane") is no body of the kind.
        var byAlias = new Dictionary<string, GazetteerEntry?>(StringComparer.Ordinal);
        foreach (var agency in specialised is null ? [] : knowledge.Agencies.Values)
        {
            if (agency.CountryCode is not { } code || found.ContainsKey(code))
            {
                continue;
            }

            var named = agency.Aliases.Where(a => HoldsWord(a, word)).ToList();
            if (named.Count == 0)
            {
                continue;
            }

            var isSpecialised = specialised is not null && named.All(a => specialised.Any(s => HoldsWord(a, s)));
            byAlias[code] = byAlias.ContainsKey(code) || isSpecialised ? null : new GazetteerEntry(EntryKind.Agency, agency.Slug, agency.Name, false, code)
            {
                ActorNumber = knowledge.ActorNumberOf(agency.ActorId),
                AgencyCountryNumber = knowledge.ActorNumberOf(Actor.CountryId(code)),
            };
        }

        foreach (var (code, entry) in byAlias)
        {
            found[code] = entry;
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
