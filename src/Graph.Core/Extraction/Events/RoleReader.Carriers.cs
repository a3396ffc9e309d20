using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>Leads told by the subject of carrying out the operation, and by a subject that takes up bodies named before.</summary>
internal sealed partial class RoleReader
{
    /// <summary>
    /// Fills <paramref name="carriers"/> with the agencies the sentence names as the subject of carrying out
    /// the operation ("La Guardia Civil ha llevado a cabo la Operación Arrecife", "A Polícia Federal deflagrou
    /// nesta terça-feira a Operação", "La Douane sénégalaise a conduit … l'opération Kalao"). They lead the
    /// event unless a stronger cue picks one of them ("sob a coordenação do MPF" wins over "o MPF e a PF
    /// deflagraram"); beside a coordinator that did not carry it out, they lead too.
    /// </summary>
    public void Carriers(SentenceTokens sentence, List<Mention> mentions, HashSet<string> carriers)
    {
        if (!sentence.AllCues.Overlaps(_operationVerbCue) || !sentence.AllCues.Overlaps(_operationCue) || mentions.Count == 0)
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
            SubjectBeforeAside(sentence, mentions, sentence.Word(verb - 1) is "," ? verb - 1 : verb - 2, subjects);
        }
        else
        {
            CollectBefore(sentence, mentions, verb, subjects);
        }
    }

    /// <summary>
    /// The agencies that are the subject of a verb of leading or announcing: those that open the sentence when an
    /// aside opened by a participation cue stands between ("La Guardia Civil, en coordinación con la PJ, ha
    /// desarticulado"), whose bodies only took part; otherwise those just before the verb.
    /// </summary>
    private void SubjectBeyondAside(SentenceTokens sentence, List<Mention> mentions, int verb, HashSet<string> subjects)
    {
        var close = verb < 1 ? -1
            : sentence.Word(verb - 1) is "," ? verb - 1
            : verb > 1 && sentence.Word(verb - 2) is "," && !sentence.Tokens[verb - 1].IsCapitalized ? verb - 2 : -1;
        if (StopAsideOpening(sentence, close) > 0)
        {
            SubjectBeforeAside(sentence, mentions, close, subjects);
            return;
        }

        CollectBefore(sentence, mentions, verb, subjects);
    }

    /// <summary>
    /// The comma that opens the aside a comma closes, when a clause's stop follows it (", a través de su Dirección de
    /// Investigaciones," ", en coordinación con la PJ,"); -1 otherwise.
    /// </summary>
    private int StopAsideOpening(SentenceTokens sentence, int close)
    {
        for (var k = close - 1; k > 0 && k >= close - AsideReach; k--)
        {
            if (sentence.Word(k) is ";" or ":" or ".")
            {
                return -1;
            }

            if (sentence.Word(k) is ",")
            {
                return _stops.MatchAt(sentence, k + 1) > 0 ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Session 30: the subject of a verb after an aside closed by the comma at <paramref name="close"/>: the bodies right before
    /// the aside's opening comma when a clause's stop opens it ("El Ministerio informa que la Policía Nacional, a través del
    /// Departamento de Delitos Informáticos, concretó la Operación": the police, not the ministry that opens the sentence),
    /// else those that open the sentence.
    /// </summary>
    private void SubjectBeforeAside(SentenceTokens sentence, List<Mention> mentions, int close, HashSet<string> subjects)
    {
        var opening = close > 0 ? StopAsideOpening(sentence, close) : -1;
        if (opening <= 0 || !EndsRightBefore(sentence, mentions, opening))
        {
            OpeningSubjects(sentence, mentions, subjects);
            return;
        }

        // "A PJ, através da Diretoria de Lisboa, e a AT, através da Direção Antifraude, conduziram": each member of the subject
        // may have its own aside; "and" after the comma that closes the one before leads back to it.
        while (opening > 0)
        {
            var first = CollectListBefore(sentence, mentions, opening, subjects);
            var k = first - 1;
            while (k > 0 && !sentence.Tokens[k].IsCapitalized && _listGlue.Contains(sentence, k) && !_andOr.Contains(sentence, k))
            {
                k--;
            }

            opening = k > 1 && _andOr.Contains(sentence, k) && sentence.Word(k - 1) is "," ? StopAsideOpening(sentence, k - 1) : -1;
            opening = opening > 0 && EndsRightBefore(sentence, mentions, opening) ? opening : -1;
        }
    }

    /// <summary>Adds the bodies of the subject list that ends at a token, as <see cref="CollectBefore"/> does; the list's first token.</summary>
    private int CollectListBefore(SentenceTokens sentence, List<Mention> mentions, int end, HashSet<string> subjects)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        CollectBefore(sentence, mentions, end, found);
        var first = end;
        foreach (var mention in mentions)
        {
            if (mention.EndToken <= end && mention.FirstToken < first && found.Contains(mention.ActorId))
            {
                first = mention.FirstToken;
            }
        }

        subjects.UnionWith(found);
        return first;
    }

    /// <summary>Whether an agency's name ends right before a token, its acronym in brackets stepped over.</summary>
    private static bool EndsRightBefore(SentenceTokens sentence, List<Mention> mentions, int token)
    {
        var end = token >= 3 && sentence.Word(token - 1) is ")" && sentence.Word(token - 3) is "(" ? token - 3 : token;
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && (mention.EndToken == end || mention.EndToken == token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb of announcing set off by a comma with its subject after it (", a indiqué la Direction générale de la
    /// sûreté nationale", ", informó la Policía Nacional", ", said INTERPOL"): the agencies of the list that follows
    /// the verb are the subject. False, and nothing added, when no agency follows.
    /// </summary>
    private bool InvertedSubject(SentenceTokens sentence, List<Mention> mentions, int verb, HashSet<string> subjects)
    {
        var setOff = (verb >= 1 && sentence.Word(verb - 1) is ",")
            || (verb > 1 && sentence.Word(verb - 2) is "," && !sentence.Tokens[verb - 1].IsCapitalized);
        if (!setOff || verb + 1 >= sentence.Count)
        {
            return false;
        }

        // The article before the name: "the" in English, a word of the list glue ("la", "o", "le") in the others.
        var after = PastTimeWords(sentence, verb + 1);
        var start = _the.Contains(sentence, after) || _listGlue.Contains(sentence, after) ? after + 1 : after;
        var end = -1;
        foreach (var mention in mentions)
        {
            if (end < 0 ? mention.FirstToken != start || mention.Kind != ActorKind.Agency : mention.FirstToken < end)
            {
                continue;
            }

            if (end >= 0 && !sentence.OnlyWordsBetween(end, mention.FirstToken, _listGlue))
            {
                break;
            }

            if (mention.Kind == ActorKind.Agency)
            {
                subjects.Add(mention.ActorId);
            }

            end = mention.EndToken;
        }

        return end >= 0;
    }

    /// <summary>
    /// The agencies of the list of names that opens the sentence ("A Polícia Judiciária, através …"), the sentence
    /// starting after a dateline's dash ("Luanda, 19 de fevereiro de 2026 — O SIC, em parceria com …").
    /// </summary>
    private void OpeningSubjects(SentenceTokens sentence, List<Mention> mentions, HashSet<string> subjects)
    {
        if (mentions.Count == 0)
        {
            return; // "…, informó el Ministerio de Seguridad": the announcer of a report with no country of its own was dropped
        }

        var opening = 0;
        for (var k = 0; k < mentions[0].FirstToken; k++)
        {
            if (sentence.Word(k) is "—" or "–" or "-")
            {
                opening = k + 1;
            }
        }

        if (mentions[0].FirstToken - opening > MaxGap)
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
    /// <param name="sentence">The sentence.</param>
    /// <param name="words">The sentence's <see cref="EventWords"/>: either way needs a word of a reference phrase.</param>
    public bool LeadsByReference(SentenceTokens sentence, uint words)
    {
        if ((words & ReferenceWords) == 0)
        {
            return false;
        }

        var start = 0;
        while (start < sentence.Count && sentence.Tokens[start].Kind == TokenKind.Punctuation)
        {
            start++;
        }

        if (_references.MatchAt(sentence, start) is not (> 0 and var length))
        {
            return AgentIsAReference(sentence);
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
    /// Whether a lead cue has a reference for its agent ("La investigación, desarrollada de manera conjunta por ambos
    /// cuerpos, …", "coordenada pelas duas instituições"): the bodies named before lead.
    /// </summary>
    private bool AgentIsAReference(SentenceTokens sentence)
    {
        if (!_leadAfter.Gate.IsEmpty && !sentence.AllCues.Overlaps(_leadAfter.Gate))
        {
            return false;
        }

        for (var k = 1; k < sentence.Count; k++)
        {
            if (_leadAfter.MatchAt(sentence, k) is > 0 and var cue && k + cue < sentence.Count && _references.MatchAt(sentence, k + cue) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an operation noun or name follows within a few words, before any clause break: "deflagrou
    /// nesta terça-feira (12) a Operação Rota Caipira", "a conduit du 18 au 29 septembre l'opération Kalao".
    /// A date in brackets ("nesta terça-feira (19/8)") does not count towards the few words.
    /// </summary>
    private bool OperationFollows(SentenceTokens sentence, int from)
    {
        var (reach, bracketed) = (MaxOperationReach, false);
        for (var k = from; k < Math.Min(sentence.Count, from + reach); k++)
        {
            var word = sentence.Word(k);
            if (bracketed || word is "(" or ")")
            {
                bracketed = word is not ")" && (bracketed || word is "(");
                reach++;
                continue;
            }

            if (IsOperation(sentence, k))
            {
                return true;
            }

            if (sentence.Word(k) is ",")
            {
                return OperationAfterAside(sentence, k);
            }

            if (sentence.Word(k) is ";" or ":" or "." || _stops.MatchAt(sentence, k) > 0)
            {
                return false;
            }
        }

        return false;
    }

    private const int MaxArticleLength = 3;

    private bool IsOperation(SentenceTokens sentence, int k) => _operationNouns.Contains(sentence, k) || _operationWords.Contains(sentence, k);

    /// <summary>
    /// "A Polícia Federal deflagrou nesta quinta-feira, em conjunto com a Receita Federal, a Operação Lastro": the
    /// operation comes right after an aside set off by commas (an article may stand before it), and is still the
    /// verb's object; the aside's bodies take part.
    /// </summary>
    private bool OperationAfterAside(SentenceTokens sentence, int open)
    {
        for (var k = open + 1; k < Math.Min(sentence.Count, open + AsideReach); k++)
        {
            if (sentence.Word(k) is ";" or ":" or ".")
            {
                return false;
            }

            if (sentence.Word(k) is ",")
            {
                // An article may stand before it ("a Operação", "la Operación", "l'opération"): one short lower-case word.
                var next = k + 1;
                if (next < sentence.Count && sentence.Tokens[next] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Word(next).Length <= MaxArticleLength)
                {
                    next++;
                }

                return IsOperation(sentence, next);
            }
        }

        return false;
    }

    /// <summary>
    /// "…, anunciou hoje a PJ", "…, a annoncé mardi la Police nationale", "…, informó este jueves la DGA": at most two
    /// lower-case words of time between an inverted verb and its subject's article; the position after them when the article
    /// follows, else <paramref name="from"/>.
    /// </summary>
    private int PastTimeWords(SentenceTokens sentence, int from)
    {
        for (var k = from; k < Math.Min(sentence.Count, from + 3); k++)
        {
            if (_the.Contains(sentence, k) || _listGlue.Contains(sentence, k))
            {
                return k;
            }

            var token = sentence.Tokens[k];
            if (token.Kind != TokenKind.Word || token.IsCapitalized || _by.Contains(sentence, k) || _with.Contains(sentence, k)
                || _relativePronouns.Contains(sentence, k) || _andOr.Contains(sentence, k) || _to.Contains(sentence, k))
            {
                return from;
            }
        }

        return from;
    }
}
