using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 31: a body named only as the host, the teacher or the other party of a gathering or a memorandum ("a planning
/// meeting hosted in Nairobi by the secretariat of the EAPCCO", "a workshop of the Pacific network", "a course given by
/// instructors of Spain's Guardia Civil", "signed a memorandum with Georgia's bureau", "Qatar's ministry hosted a training
/// course") tells what came before or beside the operation, not a deed in it: by that mention it takes no part. A body's
/// own acting people between the gathering and the body ("a course in Lagos, officers of the NDLEA arrested …", "training
/// given by officers of …") leave it its part, as does any acting word there.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int GatheringReach = 8; // "meeting hosted in Nairobi by the secretariat of the", "memorandum of understanding on maritime security signed in June between the"
    private const int GatheringObjectReach = 4; // "hosted a regional training course"
    private const int HostVerbReach = 2; // "has signed", "a organisé"

    /// <summary>Whether the body is a gathering's complement, or the subject of a verb whose object is a gathering.</summary>
    private bool NamedWithAGathering(SentenceTokens sentence, List<Mention> mentions, int m) =>
        GatheringComplement(sentence, WithOwner(sentence, mentions, m)) || HostsAGathering(sentence, SkipBracket(sentence, ListEnd(sentence, mentions, m)));

    /// <summary>"a workshop of the", "a course given by instructors of", "a memorandum on sharing data with": a gathering, then words of the clause, then a linking word right before the body (its article stepped over).</summary>
    private bool GatheringComplement(SentenceTokens sentence, int first)
    {
        var link = BeforeArticle(sentence, first);
        if (link < 1 || !_gatheringLinks.Contains(sentence, link))
        {
            return false;
        }

        for (var k = link - 1; k >= Math.Max(0, link - GatheringReach); k--)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation || _acting.Contains(sentence, k))
            {
                return false;
            }

            if (IsGathering(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A gathering noun in lower case: a capitalised one is a name's word ("La Réunion", "the Conference of …").</summary>
    private bool IsGathering(SentenceTokens sentence, int k) => !sentence.Tokens[k].IsCapitalized && _gatherings.Contains(sentence, k);

    /// <summary>"hosted a regional training course", "firmó un memorando": the body's own verb, then its gathering object.</summary>
    private bool HostsAGathering(SentenceTokens sentence, int position)
    {
        for (var k = position; k < Math.Min(sentence.Count, position + HostVerbReach + 1); k++)
        {
            if (sentence.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (_gatheringHosts.Contains(sentence, k))
            {
                for (var j = k + 1; j < Math.Min(sentence.Count, k + 1 + GatheringObjectReach) && sentence.Tokens[j].Kind == TokenKind.Word; j++)
                {
                    if (IsGathering(sentence, j))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }
}
