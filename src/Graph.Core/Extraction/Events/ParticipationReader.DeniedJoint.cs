using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 36: a noun of acting together that a negation shortly before denies ("no hubo coordinación con la Guardia Nacional",
/// "aucune coordination n'a eu lieu avec les services libyens", "Nenhuma das operações teve participação da Polícia Civil",
/// "there was no involvement of the Danish police") names the partner it denies: the body after it and a linking word, with
/// the bodies listed with it, its acronym and the country it belongs to, takes no part by that mention. A writer names a
/// neighbour's force this way to say it stayed out. A preposition of lack ("without the cooperation of the DEA") is not read:
/// it usually tells that the part was taken.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int JointNegationReach = 4; // "Nenhuma das operações teve participação", "il n'y a pas eu de participation"
    private const int JointPartnerReach = 8; // "coordination n'a eu lieu avec les services libyens"
    private readonly WordSet _jointNouns = knowledge.Words(KnowledgeList.JointNoun);
    private readonly WordSet _jointLinks = knowledge.Words(KnowledgeList.JointLink);

    /// <summary>Clears the flags of the bodies a denied noun of acting together names as its partner (see the type's summary).</summary>
    private void DenyJointPartners(SentenceTokens sentence, List<Mention> mentions, List<bool> acts)
    {
        for (var k = 1; k < sentence.Count; k++)
        {
            if (!_jointNouns.Contains(sentence, k) || sentence.Tokens[k].IsCapitalized || !JointNounNegated(sentence, k)
                || JointPartnerAfter(sentence, mentions, k) is not (>= 0 and var partner))
            {
                continue;
            }

            // "la Guardia Nacional Bolivariana (GNB) de Venezuela": the acronym and the owner country go with the body.
            var end = PastOwnerCountry(sentence, mentions, partner, SkipBracket(sentence, ListEnd(sentence, mentions, partner)));
            for (var m = partner; m < mentions.Count && mentions[m].FirstToken < end; m++)
            {
                acts[m] = false;
            }
        }
    }

    /// <summary>Whether a negation stands within a few words before the noun at <paramref name="k"/>, in its clause, with no limiter ("not only") or preposition of lack ("without") nearer.</summary>
    private bool JointNounNegated(SentenceTokens sentence, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - JointNegationReach); j--)
        {
            if (sentence.Tokens[j].Kind == TokenKind.Punctuation || _negationLimiters.Contains(sentence, j) || _negatingPrepositions.Contains(sentence, j))
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
    /// The first mention after the noun at <paramref name="k"/>, in its clause and within reach, with a linking word (<c>joint-link</c>) between
    /// ("con la", "avec les services", "da"), or a demonym right after it ("participação brasileira"); -1 when none.
    /// </summary>
    private int JointPartnerAfter(SentenceTokens sentence, List<Mention> mentions, int k)
    {
        var linked = false;
        for (var j = k + 1; j < Math.Min(sentence.Count, k + 1 + JointPartnerReach); j++)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].FirstToken == j)
                {
                    return linked || (j == k + 1 && mentions[m].Entry?.Kind == EntryKind.Demonym) ? m : -1;
                }
            }

            if (sentence.Tokens[j].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            linked |= _jointLinks.Contains(sentence, j);
        }

        return -1;
    }
}
