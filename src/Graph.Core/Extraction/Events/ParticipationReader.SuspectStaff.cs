using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 31: a body named only as the employer of suspects ("two officers of the Border Police suspected of taking
/// bribes", "dos agentes de la Dirección General de Migración señalados de facilitar el paso", "un agent des douanes
/// camerounaises, soupçonné d'avoir …", "charges against eleven officers of the Revenue Authority") is where the suspects
/// work: by that mention it takes no part. Its officers as doers ("officers of the Border Police arrested …") keep its part.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int StaffCountReach = 3; // "against eleven", "contra os dois"
    private const int SuspectWordReach = 2; // ", soupçonné", ", who allegedly"

    /// <summary>Whether the body's people named before it are suspects or the case's target.</summary>
    private bool EmploysTheSuspects(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var first = WithOwner(sentence, mentions, m);
        var link = BeforeArticle(sentence, first);
        if (link < 1 || !IsLinker(sentence, link) || !_staff.Contains(sentence, link - 1))
        {
            return false;
        }

        return SuspectWordAfter(sentence, SkipBracket(sentence, OwnDemonymAt(sentence, mentions, m, mentions[m].EndToken)))
            || TargetBefore(sentence, link - 1);
    }

    /// <summary>"… suspected of", "…, soupçonné de": a suspect word within two tokens after the body, a comma allowed.</summary>
    private bool SuspectWordAfter(SentenceTokens sentence, int k)
    {
        for (var end = Math.Min(sentence.Count, k + SuspectWordReach); k < end; k++)
        {
            if (_staffSuspects.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k].Kind != TokenKind.Word && sentence.Word(k) is not ",")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"against eleven officers", "contra os dois agentes": a target word a few small words before the staff noun.</summary>
    private bool TargetBefore(SentenceTokens sentence, int staff)
    {
        for (var k = staff - 1; k >= Math.Max(0, staff - StaffCountReach); k--)
        {
            if (_staffAgainst.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }
}
