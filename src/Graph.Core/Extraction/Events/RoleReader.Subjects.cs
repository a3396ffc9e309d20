using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;
using static Graph.Core.Extraction.Text.WordEndings;

namespace Graph.Core.Extraction.Events;

/// <summary>Lead/before and ownership cues: the subject of "X coordinated the action", the owner of "INTERPOL's Operation Pangea".</summary>
internal sealed partial class RoleReader
{
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

        // A bracketed aside between the verb and its object ("launched on Tuesday (4/3) two operations") does not count against the reach,
        // and a number (a day, a year) reaches as far as a phrase of time may ("coordinó el martes 21 de abril la Operación …").
        var reach = next + MaxGap;
        for (var k = next; k < Math.Min(sentence.Count, reach); k++)
        {
            if (sentence.Word(k) is "(" && CloseWithin(sentence, k) is > 0 and var close)
            {
                reach += close - k + 1;
                k = close;
                continue;
            }

            if (reach < next + MaxTimeReach && sentence.Tokens[k].Kind == TokenKind.Number)
            {
                reach = next + MaxTimeReach;
            }

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

    /// <summary>The closing bracket within a few tokens of an opening one, or -1.</summary>
    private static int CloseWithin(SentenceTokens sentence, int open)
    {
        for (var k = open + 1; k < Math.Min(sentence.Count, open + MaxGap + 1); k++)
        {
            if (sentence.Word(k) is ")")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Operation Clean Berth, which the agency has run since 2024", "the investigation that the department led": a relative
    /// clause on the operation whose subject is "the" and a lower-case head noun of the back-reference list, right before
    /// the verb (its auxiliaries stepped over); the noun, or null. "the agency said" outside such a clause names no owner.
    /// </summary>
    private string? RelativeBackReference(SentenceTokens sentence, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && _auxiliaries.Contains(sentence, k))
        {
            k--;
        }

        var relative = k - 2;
        if (relative < 1 || sentence.Tokens[k].IsCapitalized || !_backReferences.Contains(sentence, k) || !_the.Contains(sentence, k - 1)
            || !_relatives.Contains(sentence, relative))
        {
            return null;
        }

        return OperationBefore(sentence, relative) ? sentence.Word(k).ToString() : null;
    }

    /// <summary>Whether an operation noun stands right before a relative pronoun, or an operation's name closed by a comma.</summary>
    private bool OperationBefore(SentenceTokens sentence, int relative)
    {
        if (_operationNouns.Contains(sentence, relative - 1) || _leadObjects.Contains(sentence, relative - 1))
        {
            return true;
        }

        for (var k = relative - 2; sentence.Word(relative - 1) is "," && k >= Math.Max(0, relative - 2 - MaxGap); k--)
        {
            if (_operationWords.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the operation that the General Administration of Customs and Excise has run since 2022": the verb's
    /// subject opens a relative clause that hangs on an operation noun (or on a name just after "Operation").
    /// </summary>
    private bool RelativeToOperation(SentenceTokens sentence, List<Mention> mentions, int verb)
    {
        var found = mentions.FindLastIndex(m => m.Kind == ActorKind.Agency && m.EndToken <= verb && verb - m.EndToken <= MaxGap);
        if (found < 0)
        {
            return false;
        }

        // "that the Revenue Commissioners and HM Revenue and Customs (HMRC) have run": the acronym's bracket closes the last
        // name, and the relative pronoun stands before the first name of the list.
        var end = mentions[found].EndToken;
        if (end < verb && sentence.Word(end) is ")")
        {
            end++;
        }

        if (!sentence.OnlyWordsBetween(end, verb, _auxiliaries))
        {
            return false;
        }

        var subject = mentions[ListOpening(sentence, mentions, found)];

        // "Operation Green Gantry 3, which customs has run": a comma closes the name that "Operation" opened.
        var relative = _the.Contains(sentence, subject.FirstToken - 1) ? subject.FirstToken - 2 : subject.FirstToken - 1;
        return relative >= 1 && _relatives.Contains(sentence, relative) && OperationBefore(sentence, relative);
    }

    /// <summary>The first mention of the list of names that ends with the mention at <paramref name="last"/>.</summary>
    private int ListOpening(SentenceTokens sentence, List<Mention> mentions, int last)
    {
        var first = last;
        for (var m = last - 1; m >= 0 && mentions[m].EndToken <= mentions[first].FirstToken; m--)
        {
            if (!OnlyListWordsOrBracketsBetween(sentence, mentions[m].EndToken, mentions[first].FirstToken))
            {
                break;
            }

            first = m;
        }

        return first;
    }

    /// <summary>
    /// "la operación Ceque, que dirigió la Guardia Civil", "l'opération Kalao, que coordonne INTERPOL": Spanish,
    /// Portuguese and French put the subject of a relative clause after its verb, so the body after the lead verb
    /// ran the operation the relative pronoun hangs on (an operation noun, or a name closed by a comma after
    /// "Operación"). English relatives ("which", "that") keep the subject first and are read by
    /// <see cref="RelativeToOperation"/>.
    /// </summary>
    private bool InvertedRelativeToOperation(SentenceTokens sentence, int verb)
    {
        var relative = verb - 1;
        if (relative < 1 || !_relativePronouns.Contains(sentence, relative) || _relatives.Contains(sentence, relative))
        {
            return false;
        }

        if (_operationNouns.Contains(sentence, relative - 1) || _leadObjects.Contains(sentence, relative - 1))
        {
            return true;
        }

        for (var k = relative - 2; sentence.Word(relative - 1) is "," && k >= Math.Max(0, relative - 2 - MaxGap); k--)
        {
            if (_operationWords.Contains(sentence, k) || _operationNouns.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "led on the Norwegian side by Kripos", "led in Thailand by the Royal Thai Police": a short phrase that names no agency
    /// between a lead verb and its "by"; the position of that "by", or -1. The place's "in" right after the verb is no stop.
    /// </summary>
    private int AgentAfterPhrase(SentenceTokens sentence, List<Mention> mentions, int verb)
    {
        for (var k = verb + 1; k < Math.Min(sentence.Count, verb + MaxGap + 2); k++)
        {
            if (_by.Contains(sentence, k))
            {
                return k;
            }

            if (k == verb + 1 && _locative.Contains(sentence, k) && k + 1 < sentence.Count && sentence.Tokens[k + 1].IsCapitalized)
            {
                continue;
            }

            if (sentence.Word(k) is "," or ";" or ":" || _stops.MatchAt(sentence, k) > 0 || AgencyStartsAt(mentions, k))
            {
                return -1;
            }

            // Session 29: "leads provided by Europol": a participle of its own before "by" takes the agent, so the word was a noun
            // (tips). After an adverb of leading the participle is the verb it qualifies ("jointly conducted by").
            var word = sentence.Word(k);
            if (word.Length > 3 && char.IsLower(word[0]) && EndsWithAny(word, _participleEndings) && !EndsWithAny(sentence.Word(verb), _adverbEndings))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "The FIA's Anti-Human Smuggling Circle in Gujranwala, which is running the investigation, said …": a verb of leading in a
    /// relative clause set off by a comma (its auxiliaries stepped over) has for subject the body named just before that comma,
    /// with its unit's name and seat; a list of bodies joined by "and" before it leads with it.
    /// </summary>
    private void SubjectOfRelative(SentenceTokens sentence, List<Mention> mentions, int verb, HashSet<string> leads)
    {
        var k = verb - 1;
        while (k >= 0 && _auxiliaries.Contains(sentence, k))
        {
            k--;
        }

        if (k < 1 || !_relativePronouns.Contains(sentence, k) || sentence.Word(k - 1) is not ",")
        {
            return;
        }

        var comma = k - 1;
        var found = mentions.FindLastIndex(m => m.EndToken <= comma && comma - m.EndToken <= MaxUnitName);
        if (found < 0 || mentions[found].Kind != ActorKind.Agency || AnyPunctuation(sentence, mentions[found].EndToken, comma))
        {
            return;
        }

        leads.Add(mentions[found].ActorId);
        for (var m = found - 1; m >= 0 && OnlyListWordsOrBracketsBetween(sentence, mentions[m].EndToken, mentions[m + 1].FirstToken); m--)
        {
            if (mentions[m].Kind == ActorKind.Agency)
            {
                leads.Add(mentions[m].ActorId);
            }
        }
    }

    /// <summary>Whether a mark other than a possessive's apostrophe or a hyphen inside a name stands between two tokens.</summary>
    private static bool AnyPunctuation(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Word(k) is "," or ";" or ":" or "." or "(" or ")" or "\"" or "\u201C" or "\u201D")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "opened in 2024 by", "opened in early March by": the "by" of a passive after a short phrase of time or place with no mark
    /// and no body in it; its position, or -1.
    /// </summary>
    private int AgentAfterTime(SentenceTokens sentence, List<Mention> mentions, int verb, int reach = MaxGap + 1, WordSet? agentMarks = null)
    {
        // A reach longer than the usual gap is only for a dated phrase ("between 1 and 26 September 2025"); "réalisée sur la base
        // d'informations précises fournies par la DGST" names who gave the information, not who carried the operation out.
        var dated = agentMarks is null;
        agentMarks ??= _by;
        for (var k = verb + 1; k < Math.Min(sentence.Count, verb + reach + 1); k++)
        {
            if (agentMarks.Contains(sentence, k))
            {
                return dated || k - verb <= MaxGap + 1 ? k : -1;
            }

            dated |= sentence.Tokens[k].Kind == TokenKind.Number;

            if (sentence.Tokens[k].Kind == TokenKind.Punctuation || AgencyStartsAt(mentions, k))
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

    /// <summary>
    /// "l'opération Mosika d'INTERPOL", "la Operación Coral Azul de la Armada", "a Operação Selo da PF": the agency
    /// named right after the operation's name, its "of" joining them, owns the operation as "INTERPOL's Operation
    /// Pangea" does. The name must hold at least one capitalised word or number, so "la operación de la Policía" (no
    /// name) and "the operation from the port" give no owner; one article may stand after the linking word.
    /// </summary>
    private string? OwnerAfter(SentenceTokens sentence, List<Mention> mentions, int operationWord)
    {
        var tokens = sentence.Tokens;
        var k = operationWord + 1;
        while (k < Math.Min(sentence.Count, operationWord + 1 + MaxNameWords)
            && (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true } || tokens[k].Kind == TokenKind.Number))
        {
            k++;
        }

        if (k == operationWord + 1 || !_from.Contains(sentence, k))
        {
            return null;
        }

        var start = k + 1;
        if (start < sentence.Count && tokens[start].Kind == TokenKind.Word && _listGlue.Contains(sentence, start) && !_andOr.Contains(sentence, start))
        {
            start++;
        }

        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken == start)
            {
                return mention.ActorId;
            }
        }

        return null;
    }

    private bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 1 && Tokenizer.IsApostrophe(word[0]) && _possessive.Contains(word[1..]);

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

            if (position - mention.EndToken - PossessiveUnit(sentence, mention.EndToken, position) > MaxGap || HasClauseBreak(sentence, mention.EndToken, position)
                || (position < verb && !OnlyListWordsOrBracketsBetween(sentence, mention.EndToken, position)))
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

    /// <summary>The length of a possessive and the capitalised unit name after it ("'s Miami Field Division"), or 0.</summary>
    private int PossessiveUnit(SentenceTokens sentence, int from, int to)
    {
        if (from >= to || !IsPossessive(sentence.Word(from)))
        {
            return 0;
        }

        var k = from + 1;
        while (k < Math.Min(to, from + 1 + MaxUnitName) && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            k++;
        }

        return k - from;
    }

    /// <summary>
    /// List glue, the people a body acts through ("Agentes del OIJ y oficiales del Servicio Nacional de Guardacostas
    /// ejecutaron"), the brackets around an acronym ("O Ministério Público Federal (MPF) e a Polícia Federal deflagraram")
    /// and a possessive ending ("the State Police of Latvia and Lithuania's Financial Crime Investigation Service, which
    /// jointly conducted"): a country owning the next body in the list is stepped over with it.
    /// </summary>
    private bool OnlyListWordsOrBracketsBetween(SentenceTokens sentence, int from, int to)
    {
        // "HSI Miami and ATF": the field office's city written after a body's acronym is part of how it is named.
        if (from > 0 && from < to && IsAcronym(sentence.Word(from - 1)))
        {
            while (from < to && sentence.Tokens[from] is { Kind: TokenKind.Word, IsCapitalized: true } && !_listGlue.Contains(sentence, from))
            {
                from++;
            }
        }

        // The capitalised unit named after a body's possessive belongs to it ("ATF's Miami Field Division and HSI").
        var unit = false;
        for (var k = from; k < to; k++)
        {
            if (unit && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true })
            {
                continue;
            }

            unit = IsPossessive(sentence.Word(k));
            if (sentence.Word(k) is not ("(" or ")") && !_listGlue.Contains(sentence, k) && !_memberNouns.Contains(sentence, k) && !unit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word of two letters or more written wholly in capitals ("HSI", "ATF").</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
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
}
