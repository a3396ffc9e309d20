using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>
/// Finds bodies in no list whose name Spanish, Portuguese and French write head first: a capitalised head
/// word ("Policía", "Polícia", "Gendarmerie", "Garde"), a few words, then the country, after a linking
/// word ("Gendarmerie nationale du Tchad", "Força Policial da Tanzânia") or as a lower-case demonym
/// ("Garde nationale nigérienne"). The name is written as found and tied to that country. A state or province whose
/// own forces are bodies (<c>states.txt</c>) closes such a name too ("Policía Estatal de Jalisco"), and so does a
/// listed city after a head a city is the seat of ("parquet de Nouméa", <c>head-first-seated</c>).
/// </summary>
internal sealed class LanguageHeadFirstAgencies(ExtractionKnowledge knowledge, LanguageSharedNames sharedNames)
{
    /// <summary>Most words between the head and the country ("Direction générale de la police nationale du …").</summary>
    private const int MaxGap = 5;

    /// <summary>
    /// Most words and numbers between a court's head and its seat ("Juzgado de Primera Instancia e Instrucción número 2 de …",
    /// "procureur de la République près le tribunal de première instance de …"); session 37: a parquet's own charge may stand
    /// before its court ("le parquet chargé des affaires de terrorisme près la Cour d'appel de …").
    /// </summary>
    private const int MaxSeatGap = 13;

    /// <summary>The longest number after a seat that is the court's own ("Sfax 2"), not a count or a year.</summary>
    private const int MaxCourtNumberLength = 2;

    private readonly WordSet _heads = knowledge.Words(StringComparer.Ordinal, KnowledgeList.HeadFirst);
    private readonly WordSet _linkers = knowledge.Words(KnowledgeList.HeadFirstLinker);
    private readonly WordSet _generic = knowledge.Words(KnowledgeList.HeadFirstGeneric);
    private readonly WordSet _seatedHeads = knowledge.Words(StringComparer.Ordinal, KnowledgeList.HeadFirstSeated);
    private readonly WordSet _ordinalSuffixes = knowledge.Words(StringComparer.Ordinal, KnowledgeList.OrdinalSuffix);
    private readonly CueBits _headCue = knowledge.Mask(KnowledgeList.HeadFirst);

    // A lower-case seated head ("parquet") has no cue of its own (the cue table is full); the listed bodies seated in a
    // city start with it ("parquet de Lyon"), so the cue of lower-case gazetteer starts marks the sentences that may hold one.
    private readonly CueBits _seatedCue = knowledge.Cues.Mask(ExtractionKnowledge.UncapitalizedGazetteerStartList);

    // When every seated head carries that cue or is a capitalised head ("Juzgado", "Cour"), which is asked at its token
    // anyway, the cue marks the tokens that may be one too, and the others are not looked up: asking every token of every
    // sentence with the cue showed in a profile of the English dev reports (session 23). Any other seated head (0 here)
    // has every token of such a sentence asked, as before.
    private readonly CueBits _seatedTokenCue = SeatedTokenCue(knowledge);
    private readonly CityCountries _states = CityCountries.StatesOnly(knowledge);
    private readonly CityCountries _cities = new(knowledge);
    private readonly PhraseSet _stops = knowledge.Phrases(KnowledgeList.StopClause);
    private readonly KindNamedBodies _kindNamed = new(knowledge);

    /// <summary>Adds the head-first bodies the sentence names to its mentions, kept in text order.</summary>
    public void Discover(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered)
    {
        // A listed name's foreign reading needs no head word ("Police nationale" is not one): it looks only at the mentions.
        RenameForeignBodies(sentence, mentions, discovered);
        _kindNamed.Rename(sentence, mentions);
        _kindNamed.RenameInScene(sentence, mentions);
        SeatForeignSharedBodies(sentence, mentions, discovered);
        var headCue = sentence.AllCues.Overlaps(_headCue);
        var seatedCue = sentence.AllCues.Overlaps(_seatedCue);
        if (!headCue && !seatedCue)
        {
            return;
        }

        List<Mention>? found = null;
        var tokens = sentence.Tokens;
        var cues = sentence.Cues;
        for (var i = 0; i < sentence.Count; i++)
        {
            var head = headCue && tokens[i].IsCapitalized && _heads.Contains(sentence, i);
            var seated = (head || (seatedCue && (cues[i] & _seatedTokenCue) == _seatedTokenCue)) && _seatedHeads.Contains(sentence, i);
            if ((!head && !seated) || Covered(mentions, i) || Generic(sentence, i))
            {
                continue;
            }

            var (code, end) = head && CountryClosing(sentence, mentions, i) is { } country
                ? (country.ActorId["country:".Length..], country.EndToken)
                : PlaceClosing(sentence, mentions, i, seated);
            var unlistedSeat = false;
            if (code is null && head && seated && UnlistedSeatEnd(sentence, mentions, i) is { } seatEnd)
            {
                (end, unlistedSeat) = (seatEnd, true);
            }
            else if (code is null)
            {
                continue;
            }

            // "le tribunal de première instance de Sfax 2": a court's short number right after its seat is part of its name.
            if (seated && end < sentence.Count && sentence.Tokens[end] is { Kind: TokenKind.Number, Length: <= MaxCourtNumberLength })
            {
                end++;
            }

            // "a 4ª Vara Criminal de Caruaru": a court's ordinal right before its head is part of its name; courts of one
            // seat differ only by it.
            if (seated && OrdinalBefore(sentence, mentions, i))
            {
                i -= 2;
            }

            var span = sentence.SpanOf(i, end - i);
            var name = span.Slice(sentence.Text).ToString();
            var id = "agency:" + Slug.Of(name);

            // A seat the lists do not know is taken only after a capitalised head, the court's formal name ("el Juzgado de
            // Instrucción número 3 de Alcobendas"); a lower-case "parquet de …" or "tribunal de …" needs a listed seat, as the
            // press names other countries' bodies that way too. Such a seat ties the body to no country here; the report's own
            // country is given to it once the whole report is read (CountrylessBodies).
            discovered.TryAdd(id, new Actor(id, ActorKind.Agency, name, unlistedSeat ? null : code, [name]));
            (found ??= []).Add(new Mention(id, ActorKind.Agency, i, end - i, span, sentence.Span, false));
            i = end - 1;
        }

        if (found is not null)
        {
            mentions.AddRange(found);
            mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>
    /// The cue of lower-case gazetteer starts when every seated head not asked as a capitalised head carries it, else 0
    /// (every token may be one).
    /// </summary>
    private static CueBits SeatedTokenCue(ExtractionKnowledge knowledge)
    {
        var cue = knowledge.Cues.Mask(ExtractionKnowledge.UncapitalizedGazetteerStartList);
        var heads = knowledge.List(KnowledgeList.HeadFirst).ToHashSet(StringComparer.Ordinal);
        return knowledge.List(KnowledgeList.HeadFirstSeated)
            .All(seated => knowledge.Cues.CuesOf(seated).Overlaps(cue) || (char.IsUpper(seated[0]) && heads.Contains(seated))) ? cue : CueBits.None;
    }

    /// <summary>
    /// "Gendarmerie nationale du Tchad", "Policía Nacional de Guinea Ecuatorial", "Police nationale ukrainienne": a
    /// listed short name followed by another country, after a linking word or as a lower-case demonym right after it,
    /// is that country's body of the same name, not the listed one. A name several countries share keeps its reading
    /// when one of its bodies is that country's ("PJ de Cabo Verde"; <see cref="LanguageSharedNames"/> picks it).
    /// </summary>
    private void RenameForeignBodies(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered)
    {
        RenameStateBodies(sentence, mentions, discovered);
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (body, country) = (mentions[k], mentions[k + 1]);
            if (body.Entry is not { AgencyCountry: { } home } || country.Kind != ActorKind.Country
                || country.ActorId.EndsWith(home, StringComparison.Ordinal))
            {
                continue;
            }

            // "de Panamá", "de la República Dominicana", "du Tchad": one linking word, or a linking word and an article.
            var gap = country.FirstToken - body.EndToken;
            var linked = country.Entry?.Kind == EntryKind.Country && gap is 1 or 2 && _linkers.Contains(sentence, body.EndToken)
                && (gap == 1 || _linkers.Contains(sentence, body.EndToken + 1));
            var demonym = country.Entry?.Kind == EntryKind.Demonym && country.FirstToken == body.EndToken && !sentence.Tokens[country.FirstToken].IsCapitalized;
            if ((!linked && !demonym) || sharedNames.HasBodyOf(sentence.Text.AsSpan(body.Span.Start, body.Span.Length), country.ActorId))
            {
                continue;
            }

            Discover(sentence, mentions, k, country.EndToken, country.ActorId, discovered);
        }
    }

    /// <summary>
    /// "la Policía de Investigaciones del Estado de Nuevo León": a listed name followed by a linking word and, a few words on,
    /// a state or province of another country is that state's own body of the same name, not the listed one. A state of
    /// the body's own country ("Polícia Federal do Paraná") leaves it alone: there the name is a unit of the listed body.
    /// </summary>
    private void RenameStateBodies(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var body = mentions[k];
            if (body.Entry is not { AgencyCountry: { } home } || body.EndToken + 1 >= sentence.Count || !_linkers.Contains(sentence, body.EndToken))
            {
                continue;
            }

            var (code, end) = PlaceClosing(sentence, mentions, body.EndToken - 1, seated: false);
            if (code is null || code == home || sharedNames.HasBodyOf(sentence.Text.AsSpan(body.Span.Start, body.Span.Length), Actor.CountryId(code)))
            {
                continue;
            }

            Discover(sentence, mentions, k, end, Actor.CountryId(code), discovered);
        }
    }

    /// <summary>
    /// "dirigida por la Fiscalía de Amberes": a name several countries' bodies share, followed by a linking word and a listed
    /// city of a country none of those bodies belongs to, is that city's own body, tied to its country, as a city's parquet
    /// is in French. A city of a country that has such a body ("la Fiscalía de Guayaquil") keeps the shared reading, which
    /// the report's country resolves (a provincial office folds into its national service).
    /// </summary>
    private void SeatForeignSharedBodies(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var body = mentions[k];
            if (body.Kind != ActorKind.Agency || body.EndToken + 1 >= sentence.Count || !_linkers.Contains(sentence, body.EndToken))
            {
                continue;
            }

            var name = sentence.Text.AsSpan(body.Span.Start, body.Span.Length);
            if (!sharedNames.IsShared(name) || sharedNames.CityAt(sentence, body.EndToken + 1) is not { } city
                || sharedNames.HasBodyOf(name, city.CountryId) || (k + 1 < mentions.Count && mentions[k + 1].FirstToken < city.End))
            {
                continue;
            }

            Discover(sentence, mentions, k, city.End, city.CountryId, discovered);
        }
    }

    /// <summary>
    /// Makes mention <paramref name="k"/>, widened to end before token <paramref name="end"/>, a discovered body of the
    /// country <paramref name="countryId"/> named as the text writes it, and records the body once.
    /// </summary>
    private static void Discover(SentenceTokens sentence, List<Mention> mentions, int k, int end, string countryId, Dictionary<string, Actor> discovered)
    {
        var first = mentions[k].FirstToken;
        var span = sentence.SpanOf(first, end - first);
        var name = span.Slice(sentence.Text).ToString();
        var id = "agency:" + Slug.Of(name);
        discovered.TryAdd(id, new Actor(id, ActorKind.Agency, name, countryId["country:".Length..], [name]));
        mentions[k] = new Mention(id, ActorKind.Agency, first, end - first, span, sentence.Span, false);
    }

    /// <summary>
    /// The country that closes a name starting at <paramref name="head"/>: a country after a linking word
    /// ("… du Tchad"), or a lower-case demonym ("… nigérienne"), with only words between; null otherwise.
    /// </summary>
    private Mention? CountryClosing(SentenceTokens sentence, List<Mention> mentions, int head)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstToken <= head || mention.FirstToken - head > MaxGap + 2)
            {
                continue;
            }

            if (mention.Kind != ActorKind.Country || !OnlyWords(sentence, head + 1, mention.FirstToken) || _stops.StartsWithin(sentence, head + 1, mention.FirstToken))
            {
                // The first actor after the head decides: an agency or a far country ends the name, and so does an aside
                // of cooperation before it ("Garde nationale en coordination avec les autorités italiennes").
                return null;
            }

            var demonym = mention.Entry?.Kind == EntryKind.Demonym;
            var linked = _linkers.Contains(sentence, mention.FirstToken - 1);
            return (demonym && !sentence.Tokens[mention.FirstToken].IsCapitalized && mention.FirstToken - head >= 2) || (!demonym && linked)
                ? mention
                : null;
        }

        return null;
    }

    /// <summary>
    /// The place that closes a name starting at <paramref name="head"/> when no country does: a linking word and a state or
    /// province ("Policía Estatal de Jalisco", "Polícia Civil do Estado de Goiás" is listed), or, after a head a city is the
    /// seat of, a listed city ("parquet de Port-au-Prince"), with only words and no other body between. The place's country
    /// and the token after it; no country when none closes the name.
    /// </summary>
    private (string? Code, int End) PlaceClosing(SentenceTokens sentence, List<Mention> mentions, int head, bool seated)
    {
        var gap = seated ? MaxSeatGap : MaxGap;
        for (var k = head + 1; k <= head + gap && k + 1 < sentence.Count; k++)
        {
            if (!NameToken(sentence, k, seated) || Covered(mentions, k) || (seated && SecondCourt(sentence, k)))
            {
                return (null, 0);
            }

            if (!_linkers.Contains(sentence, k) || !sentence.Tokens[k + 1].IsCapitalized)
            {
                continue;
            }

            // A state that is also a listed city of another country ties the name to neither.
            var state = _states.CountryAt(sentence, k + 1, out var length);
            var city = _cities.CountryAt(sentence, k + 1, out var cityLength);
            var code = state is not null && (city is null || city == state) ? state : seated ? city : null;
            length = state == code ? length : cityLength;
            if (code is not null && !Covered(mentions, k + 1))
            {
                return (code, k + 1 + length);
            }
        }

        return (null, 0);
    }

    /// <summary>
    /// "el Juzgado de Instrucción número 3 de Alcobendas", "o Tribunal Judicial da Comarca de Beja": a court or parquet
    /// whose seat no list holds ends after the last linking word and capitalised place within reach, with only words and
    /// numbers before it; the token after the name, or null when no capitalised place follows a linking word ("le tribunal
    /// de commerce", "el Tribunal Supremo").
    /// </summary>
    private int? UnlistedSeatEnd(SentenceTokens sentence, List<Mention> mentions, int head)
    {
        int? end = null;
        for (var k = head + 1; k <= head + MaxSeatGap && k + 1 < sentence.Count; k++)
        {
            if (!NameToken(sentence, k, seated: true) || Covered(mentions, k) || (end is not null && SecondCourt(sentence, k)))
            {
                break;
            }

            if (!_linkers.Contains(sentence, k) || !sentence.Tokens[k + 1].IsCapitalized || Covered(mentions, k + 1))
            {
                continue;
            }

            var place = k + 1;
            while (place < sentence.Count && sentence.Tokens[place].IsCapitalized && sentence.Tokens[place].Kind == TokenKind.Word && !Covered(mentions, place))
            {
                place++;
            }

            end = place;
            k = place - 1;
        }

        return end;
    }

    /// <summary>
    /// "pela Vara Criminal de Ceilândia e pela 2ª Vara Federal de Roraima": a capitalised seated head that no linking word
    /// leads into starts a second court, so the place after it is no seat of the first.
    /// </summary>
    private bool SecondCourt(SentenceTokens sentence, int k) =>
        sentence.Tokens[k].IsCapitalized && _seatedHeads.Contains(sentence, k) && !_linkers.Contains(sentence, k - 1);

    /// <summary>Whether the two tokens before the head are a short number and an ordinal ending written onto it ("4" "ª").</summary>
    private bool OrdinalBefore(SentenceTokens sentence, List<Mention> mentions, int head)
    {
        if (head < 2)
        {
            return false;
        }

        var (number, suffix) = (sentence.Tokens[head - 2], sentence.Tokens[head - 1]);
        return number is { Kind: TokenKind.Number, Length: <= MaxCourtNumberLength } && suffix.Start == number.End
            && _ordinalSuffixes.Contains(sentence, head - 1) && !Covered(mentions, head - 2);
    }

    /// <summary>A word, or, inside a court's name, its number ("número 3").</summary>
    private static bool NameToken(SentenceTokens sentence, int k, bool seated) =>
        sentence.Tokens[k].Kind == TokenKind.Word || (seated && sentence.Tokens[k].Kind == TokenKind.Number);

    /// <summary>"Fuerzas de seguridad de Paraguay", "Forces de sécurité maliennes": a head and a lower-case generic word name no body.</summary>
    private bool Generic(SentenceTokens sentence, int head)
    {
        var k = head + 1;
        while (k < sentence.Count && _linkers.Contains(sentence, k))
        {
            k++;
        }

        return k < sentence.Count && !sentence.Tokens[k].IsCapitalized && _generic.Contains(sentence, k);
    }

    private static bool OnlyWords(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covered(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (token >= mention.FirstToken && token < mention.EndToken)
            {
                return true;
            }
        }

        return false;
    }
}
