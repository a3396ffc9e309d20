using System.Runtime.InteropServices;
using Graph.Core.Extraction.Metadata;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>Countries: a demonym or a name takes part only through an acting body or an acting cue.</summary>
internal sealed partial class ParticipationReader
{
    /// <summary>
    /// "Thai and Malaysian police", "the Spanish Guardia Civil": a demonym takes part through the authority after it;
    /// not when the verb after the authority only tells it of the case ("As autoridades neerlandesas foram comunicadas"),
    /// nor when the authority is the agent of a context participle ("financée par le gouvernement allemand").
    /// </summary>
    private bool DemonymActs(SentenceTokens sentence, List<Mention> mentions, int m, uint words, List<bool> acts)
    {
        var end = ListEnd(sentence, mentions, m);
        return AgencyAt(mentions, m + 1, end, acts)
            ?? (((_acting.Contains(sentence, end) && !NamesAPlace(sentence, end)) || AuthorityBefore(sentence, mentions, m))
                && !ContextVerbAfter(sentence, mentions, m, words)
                && !((words & ContextVerbWords) != 0 && ContextVerbAfterAuthority(sentence, end))
                && !((words & (HandedToWords | ToldWords)) != 0 && AuthorityReceives(sentence, mentions, m, words))
                && !((words & ContextAgentWords) != 0 && ContextParticipleBefore(sentence, mentions[m].FirstToken)));
    }

    /// <summary>
    /// Session 29: "The Mexican authorities have been informed of the seizure", "Dutch police were notified": the verb after
    /// the authority noun that follows the demonym (its auxiliaries stepped over) is the authority's own, and a context
    /// verb there only tells it of the case, as it does for a body (<see cref="ContextVerbAfter"/>).
    /// </summary>
    private bool ContextVerbAfterAuthority(SentenceTokens sentence, int end) =>
        _authorities.Contains(sentence, end) && _contextVerbs.Contains(sentence, SkipAuxiliaries(sentence, end + 1));

    /// <summary>
    /// "L'opération a été financée par le gouvernement allemand", "funded by the Japanese government": a context
    /// participle (<c>context-agent</c>) a few words before the demonym's phrase, in the same clause, makes its
    /// authority a funder or a trainer, not a body taking part.
    /// </summary>
    private bool ContextParticipleBefore(SentenceTokens sentence, int first) => ContextParticipleWithin(sentence, first, ParticipleReach);

    // "financiada por el gobierno", "financée par le gouvernement": the participle, its agent marker, an article and the noun.
    private const int ParticipleReach = 4;

    /// <summary>
    /// "la police espagnole", "las autoridades colombianas y peruanas", "a polícia paraguaia": where the authority
    /// noun stands before the demonym, the demonym acts through it, as do the demonyms listed after the first.
    /// An adjective of the authority's field may stand between them.
    /// </summary>
    private bool AuthorityBefore(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var first = FirstListedDemonym(sentence, mentions, m);

        // "les autorités judiciaires belges", "las autoridades aduaneras colombianas": one qualifier may stand between.
        var before = mentions[first].FirstToken - 1;
        return _authorities.Contains(sentence, before)
            || (_authorityQualifiers.Contains(sentence, before) && _authorities.Contains(sentence, before - 1));
    }

    /// <summary>The first demonym of the list mention <paramref name="m"/> ends ("colombianas y peruanas" from "peruanas").</summary>
    private int FirstListedDemonym(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var first = m;
        while (first > 0 && mentions[first - 1] is { Kind: ActorKind.Country, Entry.Kind: EntryKind.Demonym } previous
            && sentence.OnlyWordsBetween(previous.EndToken, mentions[first].FirstToken, _listGlue))
        {
            first--;
        }

        return first;
    }

    /// <summary>
    /// "A informação foi transmitida às autoridades espanholas", "la liste a été transmise aux autorités belges": the
    /// authorities a demonym acts through only receive what the operation found, so its country takes no part by them,
    /// as a body named after the same phrase does not (<see cref="ReceivesTheSuspects"/>).
    /// </summary>
    private bool AuthorityReceives(SentenceTokens sentence, List<Mention> mentions, int m, uint words)
    {
        var first = FirstListedDemonym(sentence, mentions, m);

        var noun = mentions[first].FirstToken - 1;
        if (!_authorities.Contains(sentence, noun))
        {
            noun--; // "les autorités judiciaires belges": one qualifier between the noun and the demonym
        }

        // "will be handed over to the Philippine authorities", "requested from the Danish police": in English the
        // demonym opens the authority's phrase, so the phrase ends before it or its article.
        var demonym = mentions[first].FirstToken;
        return ((words & HandedToWords) != 0 && (HandedToBefore(sentence, noun) || HandedToBefore(sentence, demonym)))
            || ((words & ToldWords) != 0 && (ToldOrAskedBefore(sentence, noun) || ToldOrAskedBefore(sentence, demonym)));
    }

    // A hand-over phrase ending right before the token, or before the article in front of it.
    private bool HandedToBefore(SentenceTokens sentence, int k) =>
        _handedTo.EndsAt(sentence, k) || (_the.Contains(sentence, k - 1) && _handedTo.EndsAt(sentence, k - 1));

    /// <summary>
    /// "driven to the Hungarian border": a demonym before a noun of a place names where, not who; the same noun
    /// followed by a body or its people ("Hungarian border police", "Hungarian border guards") still acts.
    /// </summary>
    private bool NamesAPlace(SentenceTokens sentence, int noun) =>
        _placeNouns.Contains(sentence, noun) && !_acting.Contains(sentence, noun + 1);

    /// <summary>
    /// "Bénin | 41 | 12,4", "• Perú: 12 detenidos", "Brasil – 20 presos": a line that opens with a country, then a
    /// colon, a bar or a dash and a figure, is a row of results per country, so the country took part. Not a
    /// dateline ("MÉXICO – 3 de marzo de 2026"): a month just after the figure makes it a date. A row of a table
    /// under a header row is read by its header instead ("Kenya | 41 | pesticides" under "Country | Seizures | Main
    /// goods"): the header's first cell must be a word of the table-header list, alone or after an acting word
    /// ("Participating country"); "Country of origin" heads no table of results.
    /// </summary>
    private bool ResultRow(SentenceTokens sentence, Mention mention)
    {
        var (first, separator) = (mention.FirstToken, mention.EndToken);
        if (separator >= sentence.Count)
        {
            return false;
        }

        if (sentence.Word(separator) is "|" && HeaderCellAbove(sentence) is var (start, length) && length >= 0)
        {
            var cell = sentence.Text.AsSpan(start, length).Trim();
            var space = cell.LastIndexOf(' ');
            // "| Nigeria | 4,210,000 |": a table written with a bar before its first cell too.
            var opensRow = first == 0 || (first == 1 && sentence.Word(0) is "|");
            return opensRow && _tableHeaders.Contains(cell[(space + 1)..]) && (space < 0 || _acting.Contains(cell[..space].Trim()));
        }

        if (separator + 1 >= sentence.Count || sentence.Tokens[separator + 1].Kind != TokenKind.Number
            || sentence.Word(separator) is not (":" or "|" or "-" or "\u2013" or "\u2014"))
        {
            return false;
        }

        for (var k = 0; k < first; k++)
        {
            if (sentence.Tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        // "9 June", "9 juin", "9 de junio": the month stands one or two words after the day.
        for (var k = separator + 2; k < Math.Min(sentence.Count, separator + 4); k++)
        {
            if (NativeDateReader.IsMonth(sentence.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    // firstCue: where the sentence's first acting or arrest word stands, -1 when none stands before the name (see FirstActingOrArrestWord).
    private bool CountryActs(SentenceTokens sentence, List<Mention> mentions, int m, uint words, List<bool> acts, int opening, int firstCue)
    {
        // "Spain's Guardia Civil", "the UK's National Crime Agency": the country acts as its agency does.
        var after = mentions[m].EndToken;
        var possessive = after < sentence.Count && IsPossessive(sentence.Word(after));
        if (AgencyAt(mentions, m + 1, possessive ? after + 1 : after, acts) is { } agencyActs)
        {
            return agencyActs;
        }

        // "Investigators in Honduras were also asked for information": the cue names who, the verb says they acted only later or not at all.
        // The cue before is an acting or arrest word before the name; the cue after an acting word or a lead verb.
        return mentions[m].EndToken <= opening
            || (((firstCue >= 0 && firstCue < mentions[m].FirstToken && CueBefore(sentence, mentions, m))
                    || (((words & ActingWords) != 0 || _leadVerbs.MayOccurIn(sentence)) && CueAfter(sentence, mentions, m)))
                && !ContextVerbAfter(sentence, mentions, m, words))
            || ArrestPart(sentence, m == 0 ? -1 : mentions[m - 1].EndToken, mentions[m].FirstToken);
    }

    /// <summary>
    /// The first cell of the header row of the table whose row the sentence is, as a start and length in the text:
    /// the header is the first of the lines with a cell bar above the row, when its second cell holds no figure (a
    /// table whose first line is already a row of figures has none). Length -1 when there is no header.
    /// </summary>
    private static (int Start, int Length) HeaderCellAbove(SentenceTokens sentence)
    {
        var text = sentence.Text.AsSpan();
        var row = text[..sentence.Span.Start].LastIndexOf('\n') + 1;
        var header = row;
        while (header > 0)
        {
            var above = text[..(header - 1)].LastIndexOf('\n') + 1;
            if (text[above..(header - 1)].IndexOf('|') < 0)
            {
                break;
            }

            header = above;
        }

        if (header == row)
        {
            return (0, -1);
        }

        var line = text[header..];
        var end = line.IndexOf('\n');
        line = end < 0 ? line : line[..end];
        var bar = line.IndexOf('|');
        var start = header;

        // "| Country | Value |": a leading bar opens the first cell, which ends at the next one.
        if (line[..bar].IsWhiteSpace() && line[(bar + 1)..].IndexOf('|') is >= 0 and var next)
        {
            start = header + bar + 1;
            line = line[(bar + 1)..];
            bar = next;
        }

        var cells = line[(bar + 1)..].TrimStart();
        return cells.Length > 0 && char.IsDigit(cells[0]) ? (0, -1) : (start, bar);
    }

    /// <summary>
    /// "authorities arrested 10 suspects, including three in El Salvador and a teacher in Panama": a place
    /// in the part list of an arrest count, its noun left out, is where arrests were made.
    /// </summary>
    private bool ArrestPart(SentenceTokens sentence, int previousEnd, int first)
    {
        if (!_in.Contains(sentence, first - 1))
        {
            return false;
        }

        for (var k = first - 2; k >= Math.Max(0, first - PartReach); k--)
        {
            if (sentence.Word(k) is "." or ";" or ":")
            {
                return false;
            }

            if (_arrestParts.Contains(sentence, k))
            {
                for (var before = k - 1; before >= 0; before--)
                {
                    if (_arrestWords.Contains(sentence, before))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "In Kenya, investigators broke up …", "In Windhoek, the capital of Namibia, police …": a place that
    /// opens the sentence is where its action happened. The opening ends at the first comma not followed
    /// by an article (an apposition such as ", the capital of …" continues it); -1 when the sentence opens otherwise.
    /// </summary>
    private int OpeningEnd(SentenceTokens sentence)
    {
        if (!_in.Contains(sentence, 0))
        {
            return -1;
        }

        for (var k = 1; k < sentence.Count; k++)
        {
            if (sentence.Word(k) is "," && !_the.Contains(sentence, k + 1))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first token that is an acting or arrest word, which <see cref="CueBefore"/> needs before a name, looked
    /// for from <paramref name="from"/> (the tokens before it hold none) up to the name at <paramref name="to"/>.
    /// </summary>
    /// <returns>The token found, or -1 and where the next search goes on.</returns>
    private CueSearch FirstActingOrArrestWord(SentenceTokens sentence, uint words, int from, int to)
    {
        var (acting, arrests) = ((words & ActingWords) != 0, _arrestWords.MayOccurIn(sentence));
        for (var k = from; (acting || arrests) && k < to; k++)
        {
            if ((acting && _acting.Contains(sentence, k)) || (arrests && _arrestWords.Contains(sentence, k)))
            {
                return new(k, k);
            }
        }

        return new(-1, Math.Max(from, to));
    }

    /// <summary>Where the first acting or arrest word was found (-1: not before <paramref name="Searched"/>).</summary>
    private readonly record struct CueSearch(int Found, int Searched);

    /// <summary>"police in Spain and Ecuador", "officers from Botswana, Namibia and Zambia", "the participating countries were Benin, …".</summary>
    private bool CueBefore(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        // The sentence's tokens, cue bits and mentions read in place: this walk runs for most country mentions.
        var tokens = sentence.Tokens;
        var cues = sentence.Cues;
        var listed = CollectionsMarshal.AsSpan(mentions);

        // Only the words between cue and list count towards the reach, not the list's own names and commas.
        var k = listed[m].FirstToken - 1;
        var other = m - 1;
        for (var (steps, read) = (0, 0); k >= 0 && steps < CueReach && read < MaxList; k--, read++)
        {
            while (other >= 0 && listed[other].FirstToken > k)
            {
                other--;
            }

            if (other >= 0 && listed[other].EndToken == k + 1 && listed[other].Kind == ActorKind.Country)
            {
                k = CountedPlaceStart(sentence, listed[other--].FirstToken);
                continue;
            }

            // "Spain (4), Italy (3) and Greece (2)": a short bracketed aside after a listed country is stepped over with it.
            if (other >= 0 && listed[other].Kind == ActorKind.Country && sentence.Word(k) is ")" && BracketOpening(sentence, k) is var open
                && listed[other].EndToken == open)
            {
                k = CountedPlaceStart(sentence, listed[other--].FirstToken);
                continue;
            }

            // "arrested elsewhere in Europe and the United States": a place the lists lack (a region, a
            // city) in the same list is stepped over as a country would be.
            if (k > 0 && tokens[k].IsCapitalized && k + 1 < sentence.Count && (sentence.Word(k + 1) is "," || _listGlue.Contains(sentence, k + 1))
                && (other < 0 || listed[other].EndToken <= k))
            {
                continue;
            }

            // An arrest word of any language read ("interpellées en France") is an action where it took place;
            // "has alerted its counterparts in Sri Lanka": people only told of the case do not act; "aucune arrestation
            // n'a eu lieu en Ukraine", "no hubo detenciones en Chile": an action denied took place nowhere.
            if (_acting.Contains(sentence, k) || _arrestWords.Contains(sentence, k))
            {
                return !ToldBefore(sentence, k) && !ActionDenied(sentence, k);
            }

            var word = sentence.Word(k);
            if (word is ":" && CountedCountriesBefore(sentence, k))
            {
                return ActingWordBefore(sentence, k - 2);
            }

            if (word is "," or ":" || IsPossessive(word) || _listGlue.Contains(sentence, k) || InADate(sentence, k))
            {
                continue;
            }

            if (!(_link.Contains(sentence, k) || _in.Contains(sentence, k) || tokens[k].Kind == TokenKind.Number
                || cues[k].Overlaps(_numberWords) || DescribesTheAction(sentence, k)))
            {
                return false;
            }

            steps++;
        }

        return false;
    }

    /// <summary>
    /// Whether a negation stands within <see cref="NegationReach"/> words before the action word at <paramref name="k"/>, in the
    /// same clause ("aucune arrestation", "no hubo detenciones", "n'a eu lieu").
    /// </summary>
    private bool ActionDenied(SentenceTokens sentence, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - NegationReach); j--)
        {
            if (sentence.Tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (_negations.Contains(sentence, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The operation ran from 15 September to 5 October in Benin, …", "s'est déroulée du 6 au 17 octobre au Cameroun": a
    /// month (of any language read) or a weekday, and a day's number beside one, tell when the action took place; they are
    /// stepped over without spending the reach to its cue.
    /// </summary>
    private bool InADate(SentenceTokens sentence, int k) =>
        _dateWords.Contains(sentence, k)
        || (sentence.Tokens[k].Kind == TokenKind.Number
            ? _dateWords.Contains(sentence, k - 1) || _dateWords.Contains(sentence, k + 1) || NativeMonthAt(sentence, k + 1)
                || (_listGlue.Contains(sentence, k + 1) && NativeMonthAt(sentence, k + 2)) // "17 de octubre"
            : (NumberBefore(sentence, k) && NativeMonthAt(sentence, k)) || InASpanOfMonths(sentence, k));

    /// <summary>
    /// Session 30: "ont pris part à l'opération en août : …", "entre juin et août", "de marzo a mayo": a month after a word of
    /// the list glue, or before one and another month, with no day, is when the action took place; it is stepped over as a
    /// date is.
    /// </summary>
    private bool InASpanOfMonths(SentenceTokens sentence, int k) =>
        sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false }
        && ((k >= 1 && _listGlue.Contains(sentence, k - 1) && NativeMonthAt(sentence, k))
            || (k + 2 < sentence.Count && _listGlue.Contains(sentence, k + 1) && NativeMonthAt(sentence, k) && NativeMonthAt(sentence, k + 2)));

    // A month of the other languages is looked up only beside a day's number ("6 au 17 octobre", "17 de octubre"), so the
    // walk does not pay for a look-up at every word.
    private static bool NativeMonthAt(SentenceTokens sentence, int k) =>
        k < sentence.Count && sentence.Tokens[k].Kind == TokenKind.Word && NativeDateReader.IsMonth(sentence.Word(k));

    private bool NumberBefore(SentenceTokens sentence, int k) =>
        k > 0 && (sentence.Tokens[k - 1].Kind == TokenKind.Number || (k > 1 && sentence.Tokens[k - 2].Kind == TokenKind.Number && _listGlue.Contains(sentence, k - 1)));

    /// <summary>"alerted its counterparts", "informed the authorities of": a context verb a possessive or an article away before the cue.</summary>
    private bool ToldBefore(SentenceTokens sentence, int cue)
    {
        var k = cue - 1;
        if (k >= 0 && (_the.Contains(sentence, k) || _pronouns.Contains(sentence, k)))
        {
            k--;
        }

        return k >= 0 && _contextVerbs.Contains(sentence, k);
    }

    /// <summary>
    /// "four in Spain, three in Italy and two in Greece": a count and "in" before a listed country belong to the
    /// list's item, so the reach towards the cue is not spent on them. The item's first token, or the country's.
    /// </summary>
    private int CountedPlaceStart(SentenceTokens sentence, int country) =>
        country >= 2 && _in.Contains(sentence, country - 1)
        && (sentence.Tokens[country - 2].Kind == TokenKind.Number || sentence.Cues[country - 2].Overlaps(_numberWords)) ? country - 2 : country;

    /// <summary>The "(" of the bracket that closes at <paramref name="close"/>, a few words back; -1 when there is none.</summary>
    private static int BracketOpening(SentenceTokens sentence, int close)
    {
        for (var k = close - 1; k >= Math.Max(0, close - BracketReach); k--)
        {
            switch (sentence.Word(k))
            {
                case "(":
                    return k;
                case ")" or "," or ";" or ":" or ".":
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A word between an acting cue and the place of the action that still tells the action: the people it
    /// counts before "in" ("arrested 14 suspects in Belgium") or before the breakdown it opens ("fueron detenidas nueve
    /// personas: cuatro en Colombia"), or a lower-case word right after a plural cue, its
    /// adjective ("des saisies importantes … en Grèce", "searches simultaneously carried out in"); not a verb's
    /// object, which may be carried elsewhere ("a vessel that would take them to Australia").
    /// </summary>
    private bool DescribesTheAction(SentenceTokens sentence, int k) =>
        (_arrestNouns.Contains(sentence, k) && (_in.Contains(sentence, k + 1) || sentence.Word(k + 1) is ":"))
        || (k > 0 && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Word(k - 1) is [.., 's']
            && _acting.Contains(sentence, k - 1));

    /// <summary>"Spain and Italy took part", "Spain's police", "Spain and Portugal jointly led".</summary>
    private bool CueAfter(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var k = ListEnd(sentence, mentions, m);
        if (k < sentence.Count && IsPossessive(sentence.Word(k)))
        {
            k++;

            // "Togo's anti-drug agency", "Brazil's federal police": lower-case words of the body's field before its noun.
            for (var j = k; j < Math.Min(sentence.Count, k + QualifierReach + 1); j++)
            {
                if (_authorities.Contains(sentence, j))
                {
                    return true;
                }

                if (sentence.Tokens[j] is not { Kind: TokenKind.Word, IsCapitalized: false })
                {
                    break;
                }
            }
        }

        for (var end = k + CueReach; k < Math.Min(end, sentence.Count) && !_acting.Contains(sentence, k) && !_leadVerbs.Contains(sentence, k); k++)
        {
            if (!_auxiliaries.Contains(sentence, k) && !_link.Contains(sentence, k))
            {
                return false;
            }
        }

        return _acting.Contains(sentence, k) || _leadVerbs.Contains(sentence, k);
    }

    /// <summary>Whether the agency mention starting at a token acts, looking from mention <paramref name="from"/> on; null when no agency starts there.</summary>
    private static bool? AgencyAt(List<Mention> mentions, int from, int token, List<bool> acts)
    {
        for (var a = from; a < mentions.Count && mentions[a].FirstToken <= token; a++)
        {
            if (mentions[a].Kind == ActorKind.Agency && mentions[a].FirstToken == token)
            {
                return acts[a];
            }
        }

        return null;
    }
}
