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
    private readonly PhraseSet _leadAfter;
    private readonly PhraseSet _leadOfOperation;
    private readonly WordSet _operationNouns;
    private readonly WordSet _operationWords;
    private readonly WordSet _possessive;
    private readonly WordSet _leadVerbs;
    private readonly WordSet _leadSuffixes;
    private readonly PhraseSet _stops;
    private readonly WordSet _announceVerbs;
    private readonly ulong _leadCues;
    private readonly WordSet _to;
    private readonly WordSet _by;
    private readonly WordSet _with;
    private readonly WordSet _andOr;
    private readonly WordSet _relativePronouns;
    private readonly WordSet _listGlue;
    private readonly WordSet _from;
    private readonly string[] _adverbEndings;
    private readonly string[] _participleEndings;

    public RoleReader(ExtractionKnowledge knowledge)
    {
        _leadAfter = knowledge.Phrases(KnowledgeList.LeadAfter);
        _leadOfOperation = knowledge.Phrases(KnowledgeList.LeadOfOperation);
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

    /// <summary>Fills <paramref name="leads"/> (emptied first) with the ids of the agencies the sentence says led.</summary>
    public void Leads(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads)
    {
        leads.Clear();
        if ((sentence.AllCues & _leadCues) == 0 || !mentions.Exists(m => m.Kind == ActorKind.Agency))
        {
            return;
        }

        var operationNamed = false;
        for (var i = 0; i < sentence.Count; i++)
        {
            operationNamed |= _operationNouns.Contains(sentence, i);
            if (_leadAfter.MatchAt(sentence, i) is > 0 and var cue)
            {
                CollectAfter(sentence, mentions, i + cue, leads, fronted: OpensSentence(sentence, i));
            }
            else if (operationNamed && _leadOfOperation.MatchAt(sentence, i) is > 0 and var conducted)
            {
                CollectAfter(sentence, mentions, i + conducted, leads);
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
                    CollectAfter(sentence, mentions, by + 1, leads);
                }
                else
                {
                    CollectBefore(sentence, mentions, i, leads);
                }
            }
        }
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
    private void CollectAfter(SentenceTokens sentence, List<Mention> mentions, int from, HashSet<string> leads, bool fronted = false)
    {
        var aside = RelativeClauses(sentence);
        var position = from;
        foreach (var mention in mentions)
        {
            if (mention.FirstToken < from || IsAside(aside, mention.FirstToken))
            {
                continue;
            }

            var tooFar = Gap(aside, position, mention.FirstToken) > MaxGap && !(position == from && UnitNameBefore(sentence, from, mention.FirstToken));
            if (tooFar || StopBetween(sentence, position, mention.FirstToken)
                || (fronted && CommaBetween(sentence, position, mention.FirstToken, aside))
                || ListEndsAt(sentence, position, mention.FirstToken, aside)
                || (position > from && VerbBetween(sentence, position, mention.FirstToken, aside)))
            {
                break; // "initiated by the Guardia Civil, involved Europol": a new verb, a new clause
            }

            if (mention.Kind == ActorKind.Agency)
            {
                leads.Add(mention.ActorId);
            }

            position = mention.EndToken;
        }
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
            else if (_from.Contains(sentence, k))
            {
                joined = true;
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

    private bool StopBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_stops.MatchAt(sentence, k) > 0 || sentence.Word(k) is ";" or ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tokens inside ", which …," / ", whose …," asides, which a list of leads steps over; null
    /// when the sentence has none.
    /// </summary>
    private bool[]? RelativeClauses(SentenceTokens sentence)
    {
        bool[]? aside = null;
        for (var i = 1; i < sentence.Count; i++)
        {
            if (sentence.Word(i - 1) is "," && _relativePronouns.Contains(sentence, i))
            {
                aside ??= new bool[sentence.Count + 1];
                var k = i;
                while (k < sentence.Count && sentence.Word(k) is not ",")
                {
                    aside[k++] = true;
                }

                if (k < sentence.Count)
                {
                    aside[k] = true;
                }

                i = k;
            }
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
