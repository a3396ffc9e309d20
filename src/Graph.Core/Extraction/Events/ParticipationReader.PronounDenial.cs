using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 33: a part denied through a pronoun ("the Australian Federal Police and the National Crime Agency, neither of which
/// took part in this case", "Neither took part in the searches.", "Neither the FBI nor the DEA took part", "la Policía Federal y
/// la Interpol, ninguna de las cuales participó"). A writer adds such a sentence right after naming bodies for some other reason
/// (a centre they founded, findings they were sent), to say they had no part in this operation, so the denial holds for the
/// whole operation, whatever task it names. The bodies it stands for are those between the pronoun and the denied word, else
/// the list that ends at the comma before the pronoun, else, when the pronoun opens the sentence, the bodies of the sentence
/// before.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int PronounVerbReach = 8; // "neither of the two agencies had been involved", "Neither the FBI nor the DEA took part"

    private readonly WordSet _denyingPronouns = knowledge.Words(KnowledgeList.DenyingPronoun);
    private readonly WordSet _denyingPronounRest = knowledge.Words(KnowledgeList.DenyingPronounRest);

    /// <summary>
    /// Fills <paramref name="denied"/> (emptied first) with the mentions of this sentence a pronoun denial stands for; returns
    /// whether it stands instead for the bodies of the sentence before (the pronoun opens the sentence and no body follows it).
    /// </summary>
    public bool DeniedByPronoun(SentenceTokens sentence, List<Mention> mentions, List<int> denied)
    {
        denied.Clear();
        if (!sentence.AllCues.Overlaps(_deniedParts.Gate))
        {
            return false;
        }

        for (var p = 0; p < sentence.Count; p++)
        {
            if (!_denyingPronouns.Contains(sentence, p) || PronounDeniedWord(sentence, mentions, p) is not (>= 0 and var word))
            {
                continue;
            }

            // "Neither the FBI nor the DEA took part": the bodies between are the subject.
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].FirstToken > p && mentions[m].EndToken <= word)
                {
                    denied.Add(m);
                }
            }

            if (denied.Count > 0)
            {
                return false;
            }

            var comma = p > 0 && sentence.Word(p - 1) is "," ? p - 1
                : p > 1 && sentence.Word(p - 2) is "," && (_relativePronouns.Contains(sentence, p - 1) || _denyingPronounRest.Contains(sentence, p - 1)) ? p - 2 : -1; // "…, dont aucune"
            if (comma < 0)
            {
                return !CountedAntecedents(sentence, mentions, p, word, denied) && p == 0;
            }

            var last = LastBodyEndingBy(mentions, comma);
            if (last < 0 || mentions[last].EndToken != comma)
            {
                CountedAntecedents(sentence, mentions, p, word, denied);
                return false;
            }

            denied.Add(last);
            for (var m = last; m > 0 && AntecedentListBetween(sentence, mentions[m - 1].EndToken, mentions[m].FirstToken); m--)
            {
                denied.Add(m - 1);
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// The position of the denied word (<c>part-denied</c>) the pronoun at <paramref name="p"/> is the subject of, within a few
    /// words and no punctuation; -1 when a word stands between that is none of a body's, an article, a linking word, a relative
    /// pronoun, an auxiliary, a negation, a number or a word of <c>denying-pronoun-rest</c> ("none of the suspects was involved"
    /// is about suspects, not bodies).
    /// </summary>
    private int PronounDeniedWord(SentenceTokens sentence, List<Mention> mentions, int p)
    {
        for (var k = p + 1; k < Math.Min(sentence.Count, p + 1 + PronounVerbReach); k++)
        {
            if (_deniedParts.Contains(sentence, k))
            {
                return k;
            }

            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            var small = _the.Contains(sentence, k) || _agentArticles.Contains(sentence, k) || IsLinker(sentence, k) || _relativePronouns.Contains(sentence, k) || _auxiliaries.Contains(sentence, k)
                || _perfectAuxiliaries.Contains(sentence, k) || _negations.Contains(sentence, k) || _andOr.Contains(sentence, k)
                || _denyingPronounRest.Contains(sentence, k) || sentence.Tokens[k].Kind == TokenKind.Number || sentence.Cues[k].Overlaps(_numberWords);
            if (!small && !MentionRanges.InsideAMention(mentions, k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether only list glue, commas, brackets and a possessive stand between two listed bodies ("the United Kingdom's National Crime Agency").</summary>
    private bool AntecedentListBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!(_listGlue.Contains(sentence, k) || sentence.Word(k) is "," or "(" or ")" || IsPossessive(sentence.Word(k))))
            {
                return false;
            }
        }

        return true;
    }
}
