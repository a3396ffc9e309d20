using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;
using static Graph.Core.Extraction.Events.MentionRanges;
using static Graph.Core.Extraction.Text.WordEndings;

namespace Graph.Core.Extraction.Events;

/// <summary>Lead/after cues: the list of agents after "led by", "conducted by", "under the direction of", up to where the clause ends.</summary>
internal sealed partial class RoleReader
{
    private const int MaxBracketedName = 4; // "(Koarmada I)"

    // fronted: the cue opens the sentence, so the leads end at its first comma, after which the sentence's
    // subject comes ("Sous la direction du parquet, la police et la gendarmerie ont …").
    // inRelative: the cue is the verb of a relative clause, whose agents are read inside it, not passed over as an aside.
    // conducts: the cue says who carried the operation out ("carried out by", "levada a cabo pelo"), so a partner joined by a
    // phrase of joint conduct co-leads; after "coordenada pela X em conjunto com Y" the partner only worked with the coordinator,
    // unless the phrase opens on the adverb of leading jointly ("coordonnée par INTERPOL conjointement avec AFRIPOL").
    private void CollectAfter(SentenceTokens sentence, List<Mention> mentions, int from, HashSet<string> leads, List<NationalityLead> nationalityLeads, bool fronted = false, bool inRelative = false, bool conducts = false)
    {
        var aside = inRelative ? null : RelativeClauses(sentence, mentions);
        if (aside is not null && from > 0 && IsAside(aside, from - 1))
        {
            aside = null; // the cue stands inside a relative clause ("Operation Nikau, which Customs ran jointly with the ABF, …"): its list is read there
        }

        var introduced = AfterIntroducingColon(sentence, mentions, from);
        var colonList = introduced > from;
        from = introduced;
        var position = from;
        OwnUnitOwner(sentence, mentions, from, leads);
        if (BackReferenceAt(sentence, mentions, from) is { } head)
        {
            // "carried out by the Agency jointly with the KNB": the body named again is the list's first member.
            nationalityLeads.Add(new NationalityLead(null, head, sentence.Span));
            position = from + 2;
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.FirstToken < from || IsAside(aside, mention.FirstToken))
            {
                continue;
            }

            if (Breaks(sentence, mention, from, position, aside) || (fronted && CommaBetween(sentence, position, mention.FirstToken, aside)))
            {
                // "led on the Norwegian side by Kripos and on the Swedish side by NOA": a second agent
                // phrase of the same verb opens a new list of leads.
                var again = position == from ? -1 : ParallelAgent(sentence, position, mention.FirstToken, aside);
                if (again < 0 && position > from)
                {
                    again = ParallelSide(sentence, mentions, position);
                }

                if (again < 0 && position > from)
                {
                    again = ParallelAfterAside(sentence, mentions, position, aside);
                }

                if (again < 0 && position > from)
                {
                    again = JointPartner(sentence, position, mention.FirstToken, conducts);
                }

                if (again < 0 && colonList && position > from)
                {
                    again = NextItemAfterSemicolon(sentence, position, mention.FirstToken);
                }

                if (again < 0)
                {
                    break;
                }

                (from, position) = (again, again);
                m--;
                continue;
            }

            if (mention.Kind == ActorKind.Agency)
            {
                var end = PeopleOfTheBody(sentence, PlaceOfTheUnit(sentence, mentions, UnitAfterPossessive(sentence, mentions, mention.EndToken)));

                // "led by the Guardia Civil, and Europol provided analytical support": a member joined by a comma and "and" with
                // a past form of its own right after it is the subject of a new clause, which takes part without leading ("a
                // joint team of the Kerala Excise Department and the Tamil Nadu Police's bureau seized" is one subject list).
                if (position > from && CommaAndBefore(sentence, position, mention.FirstToken) && PastFormAfter(sentence, end))
                {
                    break;
                }

                leads.Add(mention.ActorId);
                position = end;
                continue;
            }
            else if (!mention.TakesNoPart && NounAfter(sentence, mentions, m, from) is { } noun && !_peopleNouns.Contains(noun))
            {
                // "led by Thai and Cambodian police": the noun names the country's authorities; "in the hands of gangs that
                // terrorize Haitian families" names its people or milieu, who lead nothing.
                nationalityLeads.Add(new NationalityLead(mention.ActorId, noun, mention.Sentence));
            }

            position = mention.EndToken;
        }
    }

    /// <summary>Whether a comma and then a conjunction stand between two list members (", and", ", and the").</summary>
    private bool CommaAndBefore(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (sentence.Word(k) is "," && _andOr.Contains(sentence, k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lower-case past form ("provided", "seized") stands right after a name, past its acronym in brackets.</summary>
    private bool PastFormAfter(SentenceTokens sentence, int end)
    {
        var k = end + 2 < sentence.Count && sentence.Word(end) is "(" && sentence.Word(end + 2) is ")" ? end + 3 : end;
        if (k >= sentence.Count || sentence.Tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = sentence.Word(k);
        return word.Length > 3 && char.IsLower(word[0]) && EndsWithAny(word, _participleEndings);
    }

    /// <summary>
    /// "by the unit", "by the Department", "by the ministry's department": "the" and a head noun of the back-reference
    /// list that ends its noun phrase (punctuation, a possessive, a conjunction or a clause's stop after it: not "the customs
    /// administrations of …" nor the start of a longer name) and no mention there; the noun, or null.
    /// </summary>
    private string? BackReferenceAt(SentenceTokens sentence, List<Mention> mentions, int from)
    {
        var noun = from + 1;
        if (noun >= sentence.Count || !_the.Contains(sentence, from) || !_backReferences.Contains(sentence, noun) || AnyStartsWithin(mentions, from, noun + 1))
        {
            return null;
        }

        var next = noun + 1;
        if (next < sentence.Count && sentence.Tokens[next].Kind != TokenKind.Punctuation && !IsPossessive(sentence.Word(next))
            && !_andOr.Contains(sentence, next) && _stops.MatchAt(sentence, next) == 0 && !_with.Contains(sentence, next)
            && _jointPartners.MatchAt(sentence, next) == 0)
        {
            return null;
        }

        return sentence.Word(noun).ToString();
    }

    private bool Breaks(SentenceTokens sentence, Mention mention, int from, int position, bool[]? aside)
    {
        // "the Drug Service of the Ministry (SBNON) and the Drug Control Agency": the acronym in brackets after a member is
        // part of its name.
        position = position > from ? PastAcronym(sentence, position) : position;
        var far = Gap(aside, position, mention.FirstToken) > MaxGap;

        // The official's comma ("el fiscal Juan Pérez, de la FEMA") ends no list: it is read only where the gap is too long.
        var official = far && position == from && OfficialOfBefore(sentence, from, mention.FirstToken);
        var tooFar = far && !official
            && !(position == from && (UnitNameBefore(sentence, from, mention.FirstToken) || UnitOfBefore(sentence, from, mention.FirstToken)
                || UnitHeadBefore(sentence, from, mention.FirstToken) || GlossBefore(sentence, from, mention.FirstToken)))
            && !(position > from && (GlossAfterAnd(sentence, position, mention.FirstToken) || UnitAfterAnd(sentence, position, mention.FirstToken)));
        // "headed by the Prosecutor's Office against Organised Crime of the Public Ministry": the stop word is inside the unit's name.
        var stop = StopBetween(sentence, position, mention.FirstToken, aside)
            && !(far && (position == from ? UnitNameBefore(sentence, from, mention.FirstToken) : UnitAfterAnd(sentence, position, mention.FirstToken)));
        return tooFar || stop
            || (!official && ListEndsAt(sentence, position, mention.FirstToken, aside))
            || (position > from && VerbBetween(sentence, position, mention.FirstToken, aside));
    }

    /// <summary>
    /// "the Indonesian National Police's narcotics directorate and …": the lower-case unit named after an
    /// agency's possessive is part of that agent, so the list goes on after it; where it ends.
    /// </summary>
    private int UnitAfterPossessive(SentenceTokens sentence, List<Mention> mentions, int end)
    {
        if (end >= sentence.Count || !IsPossessive(sentence.Word(end)))
        {
            return end;
        }

        var k = end + 1;
        while (k < Math.Min(sentence.Count, end + 1 + MaxUnitWords) && IsUnitWord(sentence, k))
        {
            k++;
        }

        // "the OPP's Organized Crime Enforcement Bureau and …": a capitalised unit's name, not an operation's.
        if (k == end + 1)
        {
            var linked = false;
            while (k < Math.Min(sentence.Count, end + 1 + MaxUnitName))
            {
                if (CapitalisedUnitWord(sentence, k) || AndWithinUnitName(sentence, mentions, end + 1, k)
                    || (linked && InsideAName(sentence, k) && !AnyStartsWithin(mentions, k + 1, k + 2)))
                {
                    k++;
                }
                else if (LinkedField(sentence, mentions, end + 1, k))
                {
                    (k, linked) = (k + 1, true);
                }
                else
                {
                    break;
                }
            }
        }

        return k > end + 1 ? k : end;
    }

    /// <summary>
    /// Session 29: "the ROP's Directorate General of Narcotics and Psychotropic Substances Control": a linking word between two
    /// capitalised words of a unit's name, where no body starts after it, opens the unit's field; within the field "and" joins
    /// its subjects, so the unit goes on.
    /// </summary>
    private bool LinkedField(SentenceTokens sentence, List<Mention> mentions, int start, int k) =>
        k > start && k + 1 < sentence.Count && _nameLinkers.Contains(sentence, k) && sentence.Tokens[k - 1].IsCapitalized
        && CapitalisedUnitWord(sentence, k + 1) && !_the.Contains(sentence, k + 1) && !AnyStartsWithin(mentions, k + 1, k + 2);

    /// <summary>
    /// Session 29: "on the Romanian side by the DIICOT prosecutors, and …": a plural noun of its people right after a body, where
    /// the member ends, belongs to the agent, so the list goes on after it; where it ends.
    /// </summary>
    private int PeopleOfTheBody(SentenceTokens sentence, int end)
    {
        if (end + 1 >= sentence.Count || sentence.Tokens[end].Kind != TokenKind.Word || !IsUnitWord(sentence, end)
            || !sentence.Word(end).EndsWith('s'))
        {
            return end;
        }

        var next = end + 1;
        return sentence.Tokens[next].Kind == TokenKind.Punctuation || _andOr.Contains(sentence, next) ? next : end;
    }

    /// <summary>
    /// Session 28: "the JCF's Counter-Terrorism and Organised Crime Investigation Branch (C-TOC) and MOCA": a conjunction between
    /// two capitalised words of a unit's name, where the word after it starts no mention and the name goes on to a bracketed
    /// acronym or a head noun, belongs to the name, so the list of leads does not end there.
    /// </summary>
    private bool AndWithinUnitName(SentenceTokens sentence, List<Mention> mentions, int start, int k)
    {
        if (k == start || k + 2 >= sentence.Count || !_andOr.Contains(sentence, k) || !sentence.Tokens[k + 1].IsCapitalized
            || _the.Contains(sentence, k + 1) || AnyStartsWithin(mentions, k + 1, k + 2))
        {
            return false;
        }

        for (var j = k + 1; j < Math.Min(sentence.Count, k + 1 + MaxUnitName); j++)
        {
            if (AnyStartsWithin(mentions, j, j + 1))
            {
                return false;
            }

            if (!CapitalisedUnitWord(sentence, j))
            {
                return sentence.Word(j) is "(" || _unitEnds.Contains(sentence, j - 1) || _backReferences.Contains(sentence, j - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// "the Belgian Federal Judicial Police of East Flanders and …": the place a regional unit serves, after "of" and named
    /// by capitalised words that are no mention, belongs to the agent, so the list goes on after it; where it ends.
    /// </summary>
    private int PlaceOfTheUnit(SentenceTokens sentence, List<Mention> mentions, int end)
    {
        if (end + 1 >= sentence.Count || !_nameLinkers.Contains(sentence, end) || AnyStartsWithin(mentions, end + 1, end + 2))
        {
            return end;
        }

        var k = end + 1;
        while (k < Math.Min(sentence.Count, end + 1 + MaxUnitWords) && CapitalisedUnitWord(sentence, k) && !AnyStartsWithin(mentions, k, k + 1))
        {
            k++;
        }

        return k > end + 1 ? k : end;
    }

    private bool CapitalisedUnitWord(SentenceTokens sentence, int k) =>
        sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true } && !_operationWords.Contains(sentence, k);

    private bool IsUnitWord(SentenceTokens sentence, int k)
    {
        var word = sentence.Word(k);
        return char.IsLower(word[0]) && !_listGlue.Contains(sentence, k) && !_by.Contains(sentence, k) && _stops.MatchAt(sentence, k) == 0
            && !EndsWithAny(word, _participleEndings) && !EndsWithAny(word, _adverbEndings);
    }

    /// <summary>
    /// "carried out by the SIC jointly with the tax administration", "realizada por la Armada en conjunto con la DGM": a partner
    /// joined to those who carried the operation out by a phrase of joint conduct (not "together with", which leaves it a
    /// helper) co-leads; the token after the phrase and its articles, where the list goes on, or -1 when anything else stands between.
    /// Session 30: after the agents of any other cue of leading, only a phrase that opens on the adverb of leading jointly
    /// (<c>lead-before</c>: "coordonnée par INTERPOL conjointement avec AFRIPOL", "coordinated by X jointly with Y") makes the
    /// partner a co-lead; "coordenada pela PF em conjunto com a Polícia Civil" leaves it a helper.
    /// </summary>
    private int JointPartner(SentenceTokens sentence, int from, int to, bool conducts)
    {
        var k = from < to && sentence.Word(from) is "," ? from + 1 : from;
        var length = k < to && (conducts || _leadVerbs.Contains(sentence, k)) ? _jointPartners.MatchAt(sentence, k) : 0;
        if (length == 0)
        {
            return -1;
        }

        // Only articles may stand between the phrase and the partner ("com a", "avec la", "with the").
        var after = k + length;
        for (k = after; k < to; k++)
        {
            if (sentence.Word(k) is "," || !_listGlue.Contains(sentence, k) || _andOr.Contains(sentence, k) || k - after >= 2)
            {
                return -1;
            }
        }

        return after;
    }

    /// <summary>
    /// "coordinada del lado hondureño por …", "conduzida, do lado português, pela …", "pilotée côté français par …": after
    /// <paramref name="k"/>, a comma may stand, then a side phrase (<c>lead-side</c>), a demonym, a comma again and the
    /// agent's mark; the token after the mark, or -1. A country named by its name ("del lado de Honduras") is not read.
    /// </summary>
    private int SideAgent(SentenceTokens sentence, List<Mention> mentions, int k)
    {
        k = CommaAt(sentence, k) ? k + 1 : k;
        var side = k < sentence.Count ? _sides.MatchAt(sentence, k) : 0;
        if (side <= 0)
        {
            return -1;
        }

        k += side;
        var demonym = false;
        foreach (var mention in mentions)
        {
            if (mention.FirstToken == k && mention is { Kind: ActorKind.Country, Entry.Kind: EntryKind.Demonym })
            {
                (k, demonym) = (mention.EndToken, true);
                break;
            }
        }

        k = CommaAt(sentence, k) ? k + 1 : k;
        return demonym && _sideAgents.Contains(sentence, k) ? k + 1 : -1;
    }

    /// <summary>
    /// "… y del lado español por la Guardia Civil", "… e, do lado espanhol, pela Guardia Civil", "…; du côté burkinabè, par la
    /// Brigade …": a second side after "and" or a semicolon, its verb left out; the token after its agent's mark, or -1.
    /// </summary>
    private int ParallelSide(SentenceTokens sentence, List<Mention> mentions, int from)
    {
        // Past the member's acronym in brackets, or the bracket closing it where the acronym itself was the member.
        from = PastAcronym(sentence, from);
        from = from < sentence.Count && sentence.Word(from) is ")" ? from + 1 : from;
        var k = CommaAt(sentence, from) ? from + 1 : from;
        return !(_andOr.Contains(sentence, k) || SemicolonAt(sentence, k)) ? -1 : SideAgent(sentence, mentions, k + 1) is > 0 and var side ? side : PlaceAgent(sentence, mentions, k + 1);
    }

    /// <summary>
    /// "dirigida en España por …", "coordenada, no Brasil, pela …", "dirigée en France par …": after <paramref name="k"/>, a
    /// comma may stand, then a locative word, a country named by its name, a comma again and the agent's mark
    /// (<c>lead-side-agent</c>): the country is the side the agent leads. The token after the mark, or -1.
    /// </summary>
    private int PlaceAgent(SentenceTokens sentence, List<Mention> mentions, int k)
    {
        k = CommaAt(sentence, k) ? k + 1 : k;
        if (k + 1 >= sentence.Count || !_locative.Contains(sentence, k))
        {
            return -1;
        }

        var place = -1;
        foreach (var mention in mentions)
        {
            if (mention.FirstToken == k + 1 && mention is { Kind: ActorKind.Country, Entry.Kind: EntryKind.Country })
            {
                place = mention.EndToken;
                break;
            }
        }

        place = place > 0 && CommaAt(sentence, place) ? place + 1 : place;
        return place > 0 && place < sentence.Count && _sideAgents.Contains(sentence, place) ? place + 1 : -1;
    }

    private static bool CommaAt(SentenceTokens sentence, int k) => k < sentence.Count && sentence.Word(k) is ",";

    /// <summary>
    /// "and on the Swedish side by", ", and in Montenegro by": the token after the second "by", or -1. A relative clause on
    /// the first agent and a comma may stand before "and" ("by X, which engaged Y, and in Montenegro by Z"); a place after
    /// "and" ("in" and capitalised words) may pass over the country named there, the side the second agent leads.
    /// </summary>
    private int ParallelAgent(SentenceTokens sentence, int from, int to, bool[]? aside)
    {
        var start = from;
        while (start < sentence.Count && (IsAside(aside, start) || CommaAt(sentence, start)) && start < from + AsideReach)
        {
            start++;
        }

        // "…; in Latvia, by the State Revenue Service; and in Poland, by …": a semicolon parts the sides of a list of places.
        var semicolon = start < sentence.Count && start == from && sentence.Word(start) is ";";
        if (semicolon && start + 1 < sentence.Count && !_andOr.Contains(sentence, start + 1))
        {
            return SideAfterSemicolon(sentence, start + 1);
        }

        start = semicolon ? start + 1 : start;
        if (start >= sentence.Count || !_andOr.Contains(sentence, start) || (start > from && !semicolon && !CommaAt(sentence, start - 1)))
        {
            return -1;
        }

        var place = start + 1 < sentence.Count && _locative.Contains(sentence, start + 1);
        if (semicolon)
        {
            return place ? SideAfterSemicolon(sentence, start + 1) : -1;
        }

        var end = place ? Math.Min(sentence.Count, start + MaxGap + 3) : Math.Min(to, start + MaxGap + 2);
        for (var k = place ? start + 2 : start + 1; k < end; k++)
        {
            if (place && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true })
            {
                continue;
            }

            // "and supported by Europol" is a new clause with its own verb, not a second agent phrase.
            var word = sentence.Word(k);
            if (word is "," or ";" or ":" || _stops.MatchAt(sentence, k) > 0 || (char.IsLower(word[0]) && EndsWithAny(word, _participleEndings)))
            {
                return -1;
            }

            if (_by.Contains(sentence, k))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "led by three bodies: the army, through its Eastern Command; the PSD (PSD); and the GID": in a list a colon opens,
    /// semicolons part the members, and what stands before one (a unit aside, an acronym) belongs to the member before it. The
    /// next member's first token when only a semicolon and list glue stand before it (past such an aside), or -1.
    /// </summary>
    private int NextItemAfterSemicolon(SentenceTokens sentence, int from, int to)
    {
        var semicolon = -1;
        for (var k = from; k < to; k++)
        {
            if (sentence.Word(k) is ";")
            {
                semicolon = k;
            }
            else if (sentence.Word(k) is ":" or ".")
            {
                return -1;
            }
            else if (semicolon >= 0 && !_listGlue.Contains(sentence, k))
            {
                // "; the Anti-Narcotics Department of the PSD (PSD);": the member is a unit of the body after it.
                return semicolon - from <= MaxUnitName && UnitNameBefore(sentence, k, to) ? to : -1;
            }
        }

        return semicolon >= 0 && semicolon - from <= MaxUnitName ? to : -1;
    }

    /// <summary>
    /// "in Latvia, by …" after a semicolon: a locative word, capitalised words of the place, a comma may stand, then the agent's
    /// mark; the token after the mark, or -1.
    /// </summary>
    private int SideAfterSemicolon(SentenceTokens sentence, int k)
    {
        if (k >= sentence.Count || !_locative.Contains(sentence, k))
        {
            return -1;
        }

        var end = Math.Min(sentence.Count, k + MaxGap + 2);
        for (k++; k < end && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true }; k++)
        {
        }

        k = CommaAt(sentence, k) ? k + 1 : k;
        return k < sentence.Count && _by.Contains(sentence, k) ? k + 1 : -1;
    }

    /// <summary>
    /// "led by four agencies: A, B and C", "led by the Romanian and Moldovan authorities: A and B": a
    /// short announcement ending in a colon names no agency itself; the list after it does.
    /// </summary>
    private static int AfterIntroducingColon(SentenceTokens sentence, List<Mention> mentions, int from)
    {
        for (var k = from; k < Math.Min(sentence.Count, from + MaxColonIntro); k++)
        {
            var word = sentence.Word(k);
            if (word is ":")
            {
                return k + 1;
            }

            if (word is "," or ";" || AgencyStartsAt(mentions, k))
            {
                return from;
            }
        }

        return from;
    }

    /// <summary>
    /// The lower-case word just after a list of demonyms ("police" in "Thai and Cambodian police"); null
    /// when a name or a possessive follows ("Finland's National Bureau …" names its agency itself).
    /// </summary>
    private string? NounAfter(SentenceTokens sentence, List<Mention> mentions, int m, int from)
    {
        var end = mentions[m].EndToken;
        for (var next = m + 1; next < mentions.Count && mentions[next].Kind == ActorKind.Country; next++)
        {
            if (!sentence.OnlyWordsBetween(end, mentions[next].FirstToken, _listGlue))
            {
                break;
            }

            end = mentions[next].EndToken;
        }

        // "led by Spain and Cyprus with support from …": a function word after the list is no noun.
        if (IsNounAt(sentence, end))
        {
            return sentence.Word(end).ToString();
        }

        // Spanish, Portuguese and French put the noun first: "liderada por las autoridades paraguayas y
        // brasileñas", "sous le leadership des autorités sénégalaises".
        var first = m;
        while (first > 0 && mentions[first - 1].Kind == ActorKind.Country
            && sentence.OnlyWordsBetween(mentions[first - 1].EndToken, mentions[first].FirstToken, _listGlue))
        {
            first--;
        }

        var before = mentions[first].FirstToken - 1;
        if (before >= 0 && IsNounAt(sentence, before))
        {
            return sentence.Word(before).ToString();
        }

        // "carried out by the cybercrime units of Ghana and Nigeria", "por las autoridades de Paraguay y Brasil": the noun
        // joined to the countries by "of" or "de", both after the cue (so "coordinated from Spain" gives none).
        return before - 1 >= from && (_nameLinkers.Contains(sentence, before) || _from.Contains(sentence, before)) && IsNounAt(sentence, before - 1)
            ? sentence.Word(before - 1).ToString() : null;
    }

    private bool IsNounAt(SentenceTokens sentence, int k) =>
        k < sentence.Count && !sentence.Tokens[k].IsCapitalized && char.IsLetter(sentence.Word(k)[0])
        && _stops.MatchAt(sentence, k) == 0 && !_listGlue.Contains(sentence, k) && !_by.Contains(sentence, k);

    /// <summary>
    /// "dirigida por la Unidad Central de Ciberdelincuencia de la Policía Nacional": between the cue and
    /// the body stands a capitalised unit name the gazetteer does not know, joined to the body by "de";
    /// the unit leads as part of its body.
    /// </summary>
    /// <summary>
    /// "under the direction of the Attorney General's Office (Fiscalía General de la Nación)": a capitalised English gloss of
    /// the body (possessives allowed) with its own name in brackets right after it; the bracketed name is the agent.
    /// </summary>
    /// <summary>
    /// "… y la Dirección General de Vigilancia del Territorio (DGST)": a later member of the list whose full name the
    /// gazetteer lacks, joined by "and" and named by the acronym in brackets after it (see <see cref="GlossBefore"/>).
    /// </summary>
    private bool GlossAfterAnd(SentenceTokens sentence, int position, int to)
    {
        var k = CommaAt(sentence, position) ? position + 1 : position;
        return k + 1 < to && _andOr.Contains(sentence, k) && GlossBefore(sentence, k + 1, to);
    }

    /// <summary>
    /// Session 29: "jointly conducted by the DNP and the Wildlife Crime Division of the Royal Thai Police": a later member of the
    /// list named by a unit the gazetteer lacks, joined to its body by "of", leads as its body, as the first member does.
    /// </summary>
    private bool UnitAfterAnd(SentenceTokens sentence, int position, int to)
    {
        // Past the bracket closing an acronym that was itself the member before ("the DNP (DNP) and …").
        var k = PastAcronym(sentence, position);
        k = k < to && sentence.Word(k) is ")" ? k + 1 : k;
        k = CommaAt(sentence, k) ? k + 1 : k;
        return k + 1 < to && _andOr.Contains(sentence, k) && UnitNameBefore(sentence, k + 1, to);
    }

    /// <summary>Where a list member's name ends past the acronym in brackets right after it ("(SBNON)").</summary>
    private static int PastAcronym(SentenceTokens sentence, int end)
    {
        if (end + 2 >= sentence.Count || sentence.Word(end) is not "(" || !sentence.Tokens[end + 1].IsCapitalized)
        {
            return end;
        }

        // Session 28: a short name in brackets of a few tokens ("(C-TOC)", "(Koarmada I)") with no lower-case word in it.
        for (var k = end + 2; k < Math.Min(sentence.Count, end + 2 + MaxBracketedName); k++)
        {
            if (sentence.Word(k) is ")")
            {
                return k + 1;
            }

            if (sentence.Tokens[k].Kind == TokenKind.Word && char.IsLower(sentence.Word(k)[0]))
            {
                return end;
            }
        }

        return end;
    }

    private bool GlossBefore(SentenceTokens sentence, int from, int to)
    {
        if (to - from > MaxUnitName || to - 1 <= from || sentence.Word(to - 1) is not "(")
        {
            return false;
        }

        if (SpelledOutBefore(sentence, from, to))
        {
            return true;
        }

        var capitalised = 0;
        for (var k = from; k < to - 1; k++)
        {
            if (sentence.Tokens[k].IsCapitalized)
            {
                capitalised++;
            }
            // "the Customs and Border Directorate": a linker or "and" between capitalised words of the name.
            else if (!(k == from && _listGlue.Contains(sentence, k) && !_andOr.Contains(sentence, k)) && !IsPossessive(sentence.Word(k))
                && !(k > from && sentence.Tokens[k - 1].IsCapitalized && sentence.Tokens[k + 1].IsCapitalized
                    && (_nameLinkers.Contains(sentence, k) || _andOr.Contains(sentence, k))))
            {
                return false;
            }
        }

        return capitalised >= 2;
    }

    /// <summary>
    /// "coordonnée par le Mécanisme africain de coopération policière (AFRIPOL)", "liderada por la Dirección nacional de
    /// aduanas (DNA)": a name spelled out the Romance way (a capital on its first word only, its other words in lower case)
    /// with the known acronym in brackets right after it; the acronym is the agent. Only an article may stand before the
    /// name, and no verb form, clause stop or "and" inside it.
    /// </summary>
    private bool SpelledOutBefore(SentenceTokens sentence, int from, int to)
    {
        var k = from;
        while (k < to - 1 && !sentence.Tokens[k].IsCapitalized && _listGlue.Contains(sentence, k) && !_andOr.Contains(sentence, k) && sentence.Word(k) is not ",")
        {
            k++;
        }

        if (k >= to - 1 || sentence.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: true } || to >= sentence.Count || sentence.Word(to - 1) is not "(")
        {
            return false;
        }

        for (k++; k < to - 1; k++)
        {
            if (sentence.Tokens[k].Kind != TokenKind.Word || _andOr.Contains(sentence, k)
                || !(sentence.Tokens[k].IsCapitalized || IsUnitWord(sentence, k) || _listGlue.Contains(sentence, k) || _nameLinkers.Contains(sentence, k)))
            {
                return false;
            }
        }

        return true;
    }

    private bool UnitNameBefore(SentenceTokens sentence, int from, int to)
    {
        // A unit's name may be long ("la Sección de Trata de Personas y Tráfico Ilícito de Migrantes del OIJ"); its acronym in
        // brackets does not count against the length.
        if (to - from - BracketedAcronyms(sentence, from, to) > MaxUnitName + MaxUnitWords)
        {
            return false;
        }

        var (capitalised, joined, lowered) = (0, false, 0);
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].IsCapitalized)
            {
                (capitalised, joined) = (capitalised + 1, false);
            }
            else if (HyphenatedHalf(sentence, k))
            {
                continue; // "the Anti-narcotics Brigade of the …": the lower-case half of a capitalised hyphenated word
            }
            else if (_from.Contains(sentence, k) || _nameLinkers.Contains(sentence, k))
            {
                joined = true;
            }
            else if (capitalised > 0 && lowered < MaxUnitWords && (joined || (lowered > 0 && !sentence.Tokens[k - 1].IsCapitalized && !_from.Contains(sentence, k - 1)))
                && IsUnitWord(sentence, k))
            {
                // "la Section du crime organisé du SPVM", "la Brigada de delitos económicos de la Policía": the Romance way of
                // naming a unit, a capital on its head only, its field in lower case after the linking word.
                (lowered, joined) = (lowered + 1, false);
            }
            else if (sentence.Word(k) is "(" or ")")
            {
                continue; // "the National Operations Department (NOA) of the Swedish Police Authority"
            }
            else if (InsideAName(sentence, k) || AndBeforeLinkedName(sentence, k))
            {
                continue; // "Trata de Personas y Tráfico Ilícito", "Forestal y de Preservación": "and" inside one name
            }
            else if (WordWithinUnitName(sentence, k))
            {
                continue; // "the Special Prosecutor's Office against Organised Crime of the …"
            }
            else if (!_listGlue.Contains(sentence, k) || _andOr.Contains(sentence, k) || sentence.Word(k) is ",")
            {
                return false;
            }
        }

        return (capitalised >= 2 || (capitalised == 1 && lowered > 0)) && joined;
    }

    /// <summary>
    /// Session 36: the lower-case half of a capitalised hyphenated word ("-narcotics" in "Anti-narcotics", "-terrorism" in
    /// "Counter-terrorism"), which the tokenizer parts from the capitalised half as it parts "-led" from "Customs": it belongs
    /// to the word before it.
    /// </summary>
    private static bool HyphenatedHalf(SentenceTokens sentence, int k) =>
        k > 0 && sentence.Tokens[k].IsHyphenated && sentence.Word(k) is ['-', ..] && sentence.Tokens[k - 1].IsCapitalized
        && sentence.Tokens[k - 1].End == sentence.Tokens[k].Start;

    /// <summary>
    /// "dirigida por el fiscal provincial Héctor Cárdenas, de la FEMA", "led by prosecutor Ana Silva, of the Federal
    /// Prosecution Service": an official named by role and full name, then a comma and a linking word, stands for
    /// the body after it, which leads.
    /// </summary>
    private bool OfficialOfBefore(SentenceTokens sentence, int from, int to)
    {
        var k = from;
        for (var glue = 0; glue < 2 && k < to && _listGlue.Contains(sentence, k) && sentence.Word(k) is not ","; glue++)
        {
            k++;
        }

        // The role ("fiscal provincial", "delegado", "juge"): lower-case words, a participle's ending allowed ("delegado").
        var role = k;
        while (k < to && k - role < MaxUnitWords && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false }
            && !_listGlue.Contains(sentence, k) && !_by.Contains(sentence, k) && _stops.MatchAt(sentence, k) == 0)
        {
            k++;
        }

        var name = k;
        while (k < to && k - name < MaxUnitName && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            k++;
        }

        if (k == role || k - name < 2 || k >= to || sentence.Word(k) is not ",")
        {
            return false;
        }

        var linker = ++k;
        while (k < to && k - linker < 2 && (_listGlue.Contains(sentence, k) || _nameLinkers.Contains(sentence, k)))
        {
            k++;
        }

        return k == to && k > linker;
    }

    /// <summary>
    /// "under the direction of the national office of the Public Prosecution Service": between the cue and
    /// the body stands a lower-case description of a part of it, joined to the body by "of"; the part leads
    /// as its body.
    /// </summary>
    private bool UnitOfBefore(SentenceTokens sentence, int from, int to)
    {
        var last = _the.Contains(sentence, to - 1) ? to - 2 : to - 1;
        if (last <= from || last - from > MaxUnitWords + MaxCountWords + 1 || !_nameLinkers.Contains(sentence, last))
        {
            return false;
        }

        // A count of the people sent ("more than 800 officers of the National Police") is no part of the name:
        // its figure and the words that hedge it ("more than", "about") do not count against the unit's length.
        var words = 0;
        for (var k = from; k < last; k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Number)
            {
                words = Math.Max(0, words - 2);
                continue;
            }

            if (!(_the.Contains(sentence, k) || IsUnitWord(sentence, k)))
            {
                return false;
            }

            words++;
        }

        return words <= MaxUnitWords + 1;
    }

    /// <summary>
    /// "menée par la Direction des enquêtes sur la criminalité financière de la Sûreté du Québec": between the cue and
    /// the body stands a unit named head first (a capitalised head word such as "Direction", "Unidad", "Brigada", then
    /// lower-case words of its field), joined to the body by "de"; the unit leads as its body. Session 29: a unit's own head
    /// noun (<c>force-unit</c>: "División", "section") opens one too, in lower case as French writes it ("la section de
    /// recherches de la gendarmerie"), and "and" may join two lower-case words of its field ("la division de la criminalité
    /// organisée et spécialisée de la police").
    /// </summary>
    private bool UnitHeadBefore(SentenceTokens sentence, int from, int to)
    {
        var head = from;
        while (head < to && !sentence.Tokens[head].IsCapitalized && _listGlue.Contains(sentence, head))
        {
            head++;
        }

        // The unit's acronym in brackets ("la Brigada Investigadora contra el Tráfico de Migrantes (Britrac) de la PDI") does not count against its length,
        // nor do the few words a long field takes ("el Servicio central de lucha contra la trata de seres humanos de la Policía").
        if (head >= to || to - head - BracketedAcronyms(sentence, head, to) > MaxUnitName + MaxUnitWords
            || !(sentence.Tokens[head].IsCapitalized ? _unitHeads.Contains(sentence, head) : _unitNouns.Contains(sentence, head)))
        {
            return false;
        }

        var joined = false;
        for (var k = head + 1; k < to; k++)
        {
            var word = sentence.Word(k);
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation && word is not ("(" or ")"))
            {
                return false;
            }

            if ((_andOr.Contains(sentence, k) && !InsideAName(sentence, k) && !InsideAField(sentence, k)) || _stops.MatchAt(sentence, k) > 0)
            {
                return false;
            }

            joined = _from.Contains(sentence, k) || (joined && _listGlue.Contains(sentence, k));
        }

        return joined;
    }

    /// <summary>
    /// A possessive ending or a lower-case word of the unit's field between two capitalised words of its name ("the
    /// Specialised Prosecutor's Office against Drug Trafficking"); an article, "and" or a verb form is none.
    /// </summary>
    private bool WordWithinUnitName(SentenceTokens sentence, int k) =>
        k > 0 && k + 1 < sentence.Count && sentence.Tokens[k - 1].IsCapitalized && sentence.Tokens[k + 1] is { Kind: TokenKind.Word, IsCapitalized: true }
        && !_the.Contains(sentence, k + 1) && (IsPossessive(sentence.Word(k)) || FieldWord(sentence, k));

    // A stop word ("against") may stand inside a unit's name: it is read so only between capitalised words of it.
    private bool FieldWord(SentenceTokens sentence, int k)
    {
        var word = sentence.Word(k);
        return char.IsLower(word[0]) && !_listGlue.Contains(sentence, k) && !_by.Contains(sentence, k) && !_with.Contains(sentence, k)
            && !_locative.Contains(sentence, k) && !EndsWithAny(word, _participleEndings) && !EndsWithAny(word, _adverbEndings);
    }

    /// <summary>
    /// Whether an "and" stands between two lower-case words of a unit's field, neither of them an article or a linking word
    /// ("des mines et hydrocarbures", "organisée et spécialisée"): inside the unit's name, not between two members of a list.
    /// </summary>
    private bool InsideAField(SentenceTokens sentence, int k) =>
        k > 0 && k + 1 < sentence.Count && IsFieldWord(sentence, k - 1) && IsFieldWord(sentence, k + 1);

    private bool IsFieldWord(SentenceTokens sentence, int k) =>
        sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && !_listGlue.Contains(sentence, k) && !_andOr.Contains(sentence, k);

    /// <summary>Whether an "and" stands between two capitalised words, inside one body's name ("Natural Resources and Environmental Crime").</summary>
    private bool InsideAName(SentenceTokens sentence, int k) =>
        k > 0 && k + 1 < sentence.Count && _andOr.Contains(sentence, k) && (sentence.Tokens[k - 1].IsCapitalized || HyphenatedHalf(sentence, k - 1))
        && sentence.Tokens[k + 1].IsCapitalized;

    /// <summary>
    /// Whether an "and" after a capitalised word opens a second field of the same name with a linking word ("la Policía
    /// Forestal y de Preservación del Medio Ambiente", "la Direction des Enquêtes et de la Recherche"): "and", a linker, an
    /// article at most, then a capitalised word.
    /// </summary>
    private bool AndBeforeLinkedName(SentenceTokens sentence, int k)
    {
        if (k == 0 || !_andOr.Contains(sentence, k) || !sentence.Tokens[k - 1].IsCapitalized || k + 2 >= sentence.Count
            || !(_nameLinkers.Contains(sentence, k + 1) || _from.Contains(sentence, k + 1)))
        {
            return false;
        }

        var word = _the.Contains(sentence, k + 2) && k + 3 < sentence.Count ? k + 3 : k + 2;
        return sentence.Tokens[word] is { Kind: TokenKind.Word, IsCapitalized: true };
    }

    /// <summary>How many tokens between two positions belong to an acronym in brackets ("(POFOMA)"), brackets included.</summary>
    private static int BracketedAcronyms(SentenceTokens sentence, int from, int to)
    {
        var count = 0;
        for (var k = from; k + 2 < to; k++)
        {
            if (sentence.Word(k) is "(" && sentence.Word(k + 2) is ")" && sentence.Tokens[k + 1].IsCapitalized)
            {
                count += 3;
                k += 2;
            }
        }

        return count;
    }

    /// <summary>Tokens between two positions, not counting those inside an aside.</summary>
    private static int Gap(bool[]? aside, int from, int to)
    {
        var gap = 0;
        for (var k = from; k < to; k++)
        {
            gap += IsAside(aside, k) ? 0 : 1;
        }

        return gap;
    }
}
