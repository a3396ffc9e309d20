using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Finds who led or coordinated, from the cue phrases of data/knowledge/roles.txt: the agencies
/// after "led by" up to the next clause ("in collaboration with", a verb), the agencies that are the
/// subject of "coordinated", "Europol-led", the owner in "INTERPOL's Operation Pangea" and, once the
/// sentence has named the operation as a whole, whoever carried it out or conducted it.
/// </summary>
internal sealed class RoleReader
{
    private const int MaxGap = 4;
    private const int MaxUnitName = 10;
    private const int MaxColonIntro = 8;
    private const int MaxOperationReach = 8;
    private readonly PhraseSet _leadAfter;
    private readonly PhraseSet _leadOfOperation;
    private readonly PhraseSet _operationVerbs;
    private readonly PhraseSet _references;
    private readonly PhraseSet _subjectLeads;
    private readonly WordSet _operationNouns;
    private readonly WordSet _operationWords;
    private readonly WordSet _possessive;
    private readonly WordSet _leadVerbs;
    private readonly WordSet _leadSuffixes;
    private readonly PhraseSet _stops;
    private readonly WordSet _announceVerbs;
    private readonly ulong _leadCues;
    private readonly ulong _operationVerbCue;
    private readonly ulong _subjectLeadCue;
    private readonly ulong _operationCue;
    private readonly WordSet _to;
    private readonly WordSet _by;
    private readonly WordSet _with;
    private readonly WordSet _andOr;
    private readonly WordSet _relativePronouns;
    private readonly WordSet _listGlue;
    private readonly WordSet _from;
    private readonly WordSet _nameLinkers;
    private readonly WordSet _leadObjects;
    private readonly string[] _adverbEndings;
    private readonly string[] _participleEndings;

    public RoleReader(ExtractionKnowledge knowledge)
    {
        _leadAfter = knowledge.Phrases(KnowledgeList.LeadAfter);
        _leadOfOperation = knowledge.Phrases(KnowledgeList.LeadOfOperation);
        _operationVerbs = knowledge.Phrases(KnowledgeList.LeadOperationVerb);
        _references = knowledge.Phrases(KnowledgeList.LeadReference);
        _subjectLeads = knowledge.Phrases(KnowledgeList.LeadSubject);
        _operationVerbCue = knowledge.Mask(KnowledgeList.LeadOperationVerb);
        _subjectLeadCue = knowledge.Mask(KnowledgeList.LeadSubject);
        _operationCue = knowledge.Mask(KnowledgeList.OperationNoun) | knowledge.Mask(KnowledgeList.OperationWord);
        _operationNouns = knowledge.Words(KnowledgeList.OperationNoun);
        _operationWords = knowledge.Words(StringComparer.Ordinal, KnowledgeList.OperationWord);
        _possessive = knowledge.Words(KnowledgeList.Possessive);
        _leadVerbs = knowledge.Words(KnowledgeList.LeadBefore);
        _leadSuffixes = knowledge.Words(KnowledgeList.LeadSuffix);
        _stops = knowledge.Phrases(KnowledgeList.StopClause);
        _announceVerbs = knowledge.Words(KnowledgeList.AnnounceFallback);
        _leadCues = knowledge.Mask(KnowledgeList.LeadAfter, KnowledgeList.LeadOfOperation, KnowledgeList.LeadBefore, KnowledgeList.LeadSuffix, KnowledgeList.OperationWord);
        _to = knowledge.Words(KnowledgeList.InfinitiveMarker);
        _by = knowledge.Words(KnowledgeList.AgentMarker);
        _with = knowledge.Words(KnowledgeList.Comitative);
        _andOr = knowledge.Words(KnowledgeList.Conjunction, KnowledgeList.Disjunction);
        _relativePronouns = knowledge.Words(KnowledgeList.RelativePronoun);
        _listGlue = knowledge.Words(KnowledgeList.ListGlue);
        _from = knowledge.Words(KnowledgeList.Ablative);
        _nameLinkers = knowledge.Words(KnowledgeList.NameLinker);
        _leadObjects = knowledge.Words(KnowledgeList.LeadObject);
        _adverbEndings = [.. knowledge.List(KnowledgeList.AdverbEnding)];
        _participleEndings = [.. knowledge.List(KnowledgeList.ParticipleEnding)];
    }

    /// <summary>
    /// The agencies a sentence presents as announcing the news ("…, INTERPOL and Europol said"): a
    /// press release's announcer is its coordinator when the text names no lead outright.
    /// </summary>
    public HashSet<string> Announcers(SentenceTokens sentence, List<Mention> mentions)
    {
        var announcers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sentence.Count; i++)
        {
            if (_announceVerbs.Contains(sentence, i))
            {
                CollectBefore(sentence, mentions, i, announcers);
            }
        }

        return announcers;
    }

    /// <summary>
    /// Fills <paramref name="leads"/> (emptied first) with the ids of the agencies the sentence says led,
    /// and <paramref name="nationalityLeads"/> (emptied first) with the countries it says led by
    /// nationality ("led by Thai and Cambodian police").
    /// </summary>
    public void Leads(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads, List<NationalityLead> nationalityLeads)
    {
        leads.Clear();
        nationalityLeads.Clear();
        // "a piloté", "esteve à frente da" start with frequent words: they count only beside an operation noun.
        var cues = sentence.AllCues;
        var headedOperation = (cues & _subjectLeadCue) != 0 && (cues & _operationCue) != 0;
        if (((cues & _leadCues) == 0 && !headedOperation) || mentions.Count == 0)
        {
            return;
        }

        var operationNamed = false;
        for (var i = 0; i < sentence.Count; i++)
        {
            operationNamed |= _operationNouns.Contains(sentence, i);
            if (_leadAfter.MatchAt(sentence, i) is > 0 and var cue)
            {
                CollectAfter(sentence, mentions, i + cue, leads, nationalityLeads, fronted: OpensSentence(sentence, i));
            }
            else if (headedOperation && _subjectLeads.MatchAt(sentence, i) is > 0 and var heads && OperationFollows(sentence, i + heads))
            {
                SubjectOf(sentence, mentions, i, leads); // "A PJ esteve à frente da investigação"
            }
            else if (operationNamed && _leadOfOperation.MatchAt(sentence, i) is > 0 and var conducted)
            {
                CollectAfter(sentence, mentions, i + conducted, leads, nationalityLeads);
            }
            else if (_operationWords.Contains(sentence, i) && OwnerBefore(sentence, mentions, i) is { } owner)
            {
                leads.Add(owner);
            }
            else if (_leadSuffixes.Contains(sentence, i))
            {
                foreach (var mention in mentions)
                {
                    if (mention.Kind == ActorKind.Agency && mention.EndToken == i)
                    {
                        leads.Add(mention.ActorId);
                    }
                }
            }
            else if (_leadVerbs.Contains(sentence, i) && !_to.Contains(sentence, i + 1))
            {
                // "led by X", "organised jointly by X" (passive) or "X coordinated" (active); "led to
                // three arrests" is an outcome, not a lead.
                var by = _by.Contains(sentence, i + 1) ? i + 1 : i + 2 < sentence.Count && EndsWithAny(sentence.Word(i + 1), _adverbEndings) && _by.Contains(sentence, i + 2) ? i + 2 : -1;
                if (by > 0)
                {
                    CollectAfter(sentence, mentions, by + 1, leads, nationalityLeads);
                }
                else
                {
                    var found = leads.Count;
                    if (ObjectIsTheOperation(sentence, i))
                    {
                        CollectBefore(sentence, mentions, i, leads);
                    }

                    if (leads.Count == found && AgentAfterPhrase(sentence, mentions, i) is > 0 and var late)
                    {
                        CollectAfter(sentence, mentions, late + 1, leads, nationalityLeads);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="carriers"/> with the agencies the sentence names as the subject of carrying out
    /// the operation ("La Guardia Civil ha llevado a cabo la Operación Arrecife", "A Polícia Federal deflagrou
    /// nesta terça-feira a Operação", "La Douane sénégalaise a conduit … l'opération Kalao"). They lead an
    /// event the text gives no lead by a stronger cue ("sob a coordenação do MPF" wins).
    /// </summary>
    public void Carriers(SentenceTokens sentence, List<Mention> mentions, HashSet<string> carriers)
    {
        if ((sentence.AllCues & _operationVerbCue) == 0 || (sentence.AllCues & _operationCue) == 0 || mentions.Count == 0)
        {
            return;
        }

        for (var i = 1; i < sentence.Count; i++)
        {
            if (_operationVerbs.MatchAt(sentence, i) is > 0 and var carried && OperationFollows(sentence, i + carried))
            {
                SubjectOf(sentence, mentions, i, carriers);
            }
        }
    }

    /// <summary>
    /// The agencies that are the subject of the verb at <paramref name="verb"/>: those just before it, or,
    /// when an aside closed by a comma stands between ("A PJ, em cooperação com o SIC e com o apoio da
    /// Eurojust, realizou a Operação"), those that open the sentence.
    /// </summary>
    private void SubjectOf(SentenceTokens sentence, List<Mention> mentions, int verb, HashSet<string> subjects)
    {
        var aside = sentence.Word(verb - 1) is "," || (verb > 1 && sentence.Word(verb - 2) is "," && !sentence.Tokens[verb - 1].IsCapitalized);
        if (aside)
        {
            OpeningSubjects(sentence, mentions, subjects);
        }
        else
        {
            CollectBefore(sentence, mentions, verb, subjects);
        }
    }

    /// <summary>The agencies of the list of names that opens the sentence ("A Polícia Judiciária, através …").</summary>
    private void OpeningSubjects(SentenceTokens sentence, List<Mention> mentions, HashSet<string> subjects)
    {
        if (mentions[0].FirstToken > MaxGap)
        {
            return;
        }

        var end = mentions[0].FirstToken;
        foreach (var mention in mentions)
        {
            if (!sentence.OnlyWordsBetween(end, mention.FirstToken, _listGlue) && mention.FirstToken != end)
            {
                break;
            }

            if (mention.Kind == ActorKind.Agency)
            {
                subjects.Add(mention.ActorId);
            }

            end = mention.EndToken;
        }
    }

    /// <summary>
    /// Whether the sentence opens with a subject that takes up bodies named before ("Ambas instituciones
    /// planificaron la Operación Espejismo", "Les deux services ont coordonné l'opération"), followed by a
    /// verb of leading or carrying out whose object is the operation: those bodies lead.
    /// </summary>
    public bool LeadsByReference(SentenceTokens sentence)
    {
        var start = 0;
        while (start < sentence.Count && sentence.Tokens[start].Kind == TokenKind.Punctuation)
        {
            start++;
        }

        if (_references.MatchAt(sentence, start) is not (> 0 and var length))
        {
            return false;
        }

        for (var k = start + length; k < Math.Min(sentence.Count, start + length + MaxGap); k++)
        {
            var verb = Math.Max(_operationVerbs.MatchAt(sentence, k), _subjectLeads.MatchAt(sentence, k));
            if (verb > 0)
            {
                return OperationFollows(sentence, k + verb);
            }

            if (_leadVerbs.Contains(sentence, k))
            {
                return ObjectIsTheOperation(sentence, k);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an operation noun or name follows within a few words, before any clause break: "deflagrou
    /// nesta terça-feira (12) a Operação Rota Caipira", "a conduit du 18 au 29 septembre l'opération Kalao".
    /// </summary>
    private bool OperationFollows(SentenceTokens sentence, int from)
    {
        for (var k = from; k < Math.Min(sentence.Count, from + MaxOperationReach); k++)
        {
            if (_operationNouns.Contains(sentence, k) || _operationWords.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Word(k) is "," or ";" or ":" or "." || _stops.MatchAt(sentence, k) > 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Europol coordinated the action", "INTERPOL coordinated", "Spain and Italy jointly": the subject
    /// leads the operation; "CARICC ran the information exchange" runs a part of it. A lower-case word
    /// after the verb must lead, within a few words, to an operation noun or name.
    /// </summary>
    private bool ObjectIsTheOperation(SentenceTokens sentence, int verb)
    {
        var next = verb + 1;
        if (next >= sentence.Count || EndsWithAny(sentence.Word(verb), _adverbEndings) || !char.IsLetter(sentence.Word(next)[0]) || sentence.Tokens[next].IsCapitalized
            || _andOr.Contains(sentence, next)
            || _by.Contains(sentence, next) || _stops.MatchAt(sentence, next) > 0 || EndsWithAny(sentence.Word(next), _adverbEndings))
        {
            return true;
        }

        for (var k = next; k < Math.Min(sentence.Count, next + MaxGap); k++)
        {
            if (_operationNouns.Contains(sentence, k) || _operationWords.Contains(sentence, k) || _leadObjects.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Word(k) is "," or ";" or ":" or ".")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "led on the Norwegian side by Kripos": a short phrase that names no agency between a lead verb
    /// and its "by"; the position of that "by", or -1.
    /// </summary>
    private int AgentAfterPhrase(SentenceTokens sentence, List<Mention> mentions, int verb)
    {
        for (var k = verb + 1; k < Math.Min(sentence.Count, verb + MaxGap + 2); k++)
        {
            if (_by.Contains(sentence, k))
            {
                return k;
            }

            if (sentence.Word(k) is "," or ";" or ":" || _stops.MatchAt(sentence, k) > 0 || AgencyStartsAt(mentions, k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"INTERPOL's Operation Pangea": the agency whose possessive stands just before the operation word.</summary>
    private string? OwnerBefore(SentenceTokens sentence, List<Mention> mentions, int operationWord)
    {
        foreach (var mention in mentions)
        {
            var possessive = mention.EndToken;
            if (mention.Kind == ActorKind.Agency && possessive + 1 == operationWord && IsPossessive(sentence.Word(possessive)))
            {
                return mention.ActorId;
            }
        }

        return null;
    }

    private bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 1 && Tokenizer.IsApostrophe(word[0]) && _possessive.Contains(word[1..]);

    /// <summary>Whether only punctuation stands before a token ("Bajo la coordinación de AMERIPOL, …" opens its sentence).</summary>
    private static bool OpensSentence(SentenceTokens sentence, int index)
    {
        for (var k = 0; k < index; k++)
        {
            if (sentence.Tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    // fronted: the cue opens the sentence, so the leads end at its first comma, after which the sentence's
    // subject comes ("Sous la direction du parquet, la police et la gendarmerie ont …").
    private void CollectAfter(SentenceTokens sentence, List<Mention> mentions, int from, HashSet<string> leads, List<NationalityLead> nationalityLeads, bool fronted = false)
    {
        var aside = RelativeClauses(sentence, mentions);
        from = AfterIntroducingColon(sentence, mentions, from);
        var position = from;
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
                var again = position == from ? -1 : ParallelAgent(sentence, position, mention.FirstToken);
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
                leads.Add(mention.ActorId);
            }
            else if (!mention.TakesNoPart && NounAfter(sentence, mentions, m) is { } noun)
            {
                nationalityLeads.Add(new NationalityLead(mention.ActorId, noun));
            }

            position = mention.EndToken;
        }
    }

    private bool Breaks(SentenceTokens sentence, Mention mention, int from, int position, bool[]? aside)
    {
        var tooFar = Gap(aside, position, mention.FirstToken) > MaxGap && !(position == from && UnitNameBefore(sentence, from, mention.FirstToken));
        return tooFar || StopBetween(sentence, position, mention.FirstToken, aside)
            || ListEndsAt(sentence, position, mention.FirstToken, aside)
            || (position > from && VerbBetween(sentence, position, mention.FirstToken, aside));
    }

    /// <summary>"and on the Swedish side by": the token after the second "by", or -1.</summary>
    private int ParallelAgent(SentenceTokens sentence, int from, int to)
    {
        if (!_andOr.Contains(sentence, from))
        {
            return -1;
        }

        for (var k = from + 1; k < Math.Min(to, from + MaxGap + 2); k++)
        {
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
    private string? NounAfter(SentenceTokens sentence, List<Mention> mentions, int m)
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
        var isNoun = end < sentence.Count && !sentence.Tokens[end].IsCapitalized && char.IsLetter(sentence.Word(end)[0])
            && _stops.MatchAt(sentence, end) == 0 && !_listGlue.Contains(sentence, end) && !_by.Contains(sentence, end);
        return isNoun ? sentence.Word(end).ToString() : null;
    }

    /// <summary>
    /// "dirigida por la Unidad Central de Ciberdelincuencia de la Policía Nacional": between the cue and
    /// the body stands a capitalised unit name the gazetteer does not know, joined to the body by "de";
    /// the unit leads as part of its body.
    /// </summary>
    private bool UnitNameBefore(SentenceTokens sentence, int from, int to)
    {
        if (to - from > MaxUnitName)
        {
            return false;
        }

        var (capitalised, joined) = (0, false);
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].IsCapitalized)
            {
                (capitalised, joined) = (capitalised + 1, false);
            }
            else if (_from.Contains(sentence, k) || _nameLinkers.Contains(sentence, k))
            {
                joined = true;
            }
            else if (sentence.Word(k) is "(" or ")")
            {
                continue; // "the National Operations Department (NOA) of the Swedish Police Authority"
            }
            else if (!_listGlue.Contains(sentence, k) || _andOr.Contains(sentence, k) || sentence.Word(k) is ",")
            {
                return false;
            }
        }

        return capitalised >= 2 && joined;
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

    private static bool AgencyStartsAt(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken == token)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyStartsWithin(List<Mention> mentions, int from, int to)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstToken >= from && mention.FirstToken < to)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAside(bool[]? aside, int token) => aside is not null && aside[token];

    private void CollectBefore(SentenceTokens sentence, List<Mention> mentions, int verb, HashSet<string> leads)
    {
        var position = verb;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.EndToken > verb)
            {
                continue;
            }

            if (position - mention.EndToken > MaxGap || HasClauseBreak(sentence, mention.EndToken, position)
                || (position < verb && !sentence.OnlyWordsBetween(mention.EndToken, position, _listGlue)))
            {
                break; // "Europol supported the Guardia Civil, which led": only a list joins subjects
            }

            if (mention.Kind == ActorKind.Agency)
            {
                leads.Add(mention.ActorId);
            }

            position = mention.FirstToken;
        }
    }

    private bool StopBetween(SentenceTokens sentence, int from, int to, bool[]? aside)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsAside(aside, k) && _stops.MatchAt(sentence, k) > 0 || sentence.Word(k) is ";" or ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tokens inside ", which …," / ", whose …," asides, and inside a ", … ," aside that names no
    /// actor and is followed by "and" ("Italy's Carabinieri, through their Command for Environmental
    /// Protection, and the Romanian Police"), which a list of leads steps over; null when the sentence has none.
    /// </summary>
    private bool[]? RelativeClauses(SentenceTokens sentence, List<Mention> mentions)
    {
        bool[]? aside = null;
        for (var i = 1; i < sentence.Count; i++)
        {
            if (sentence.Word(i - 1) is not ",")
            {
                continue;
            }

            var k = i;
            while (k < sentence.Count && sentence.Word(k) is not ",")
            {
                k++;
            }

            var relative = _relativePronouns.Contains(sentence, i);
            var bare = k < sentence.Count && k > i && _andOr.Contains(sentence, k + 1) && !AnyStartsWithin(mentions, i, k);
            if (!relative && !bare)
            {
                continue;
            }

            aside ??= new bool[sentence.Count + 1];
            for (var j = i; j <= k && j < sentence.Count; j++)
            {
                aside[j] = true;
            }

            i = k;
        }

        return aside;
    }

    /// <summary>"led by A and B, Europol said": a comma ends the list unless an "and" still follows.</summary>
    private bool ListEndsAt(SentenceTokens sentence, int from, int to, bool[]? aside)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsAside(aside, k) && sentence.Word(k) is ",")
            {
                return !AndFollows(sentence, k + 1);
            }
        }

        return false;
    }

    private static bool CommaBetween(SentenceTokens sentence, int from, int to, bool[]? aside)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsAside(aside, k) && sentence.Word(k) is ",")
            {
                return true;
            }
        }

        return false;
    }

    private bool AndFollows(SentenceTokens sentence, int from)
    {
        for (var j = from; j < sentence.Count; j++)
        {
            if (_andOr.Contains(sentence, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case past form ("involved", "arrested") outside asides: a verb that starts a new clause.</summary>
    private bool VerbBetween(SentenceTokens sentence, int from, int to, bool[]? aside)
    {
        for (var k = from; k < to; k++)
        {
            var word = sentence.Word(k);
            if (!IsAside(aside, k) && word.Length > 3 && char.IsLower(word[0]) && EndsWithAny(word, _participleEndings))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasClauseBreak(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Word(k) is ";" or ":" or "." || _with.Contains(sentence, k) || _by.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
