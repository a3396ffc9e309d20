using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 32: a body whose own verb suspends or dismisses its people ("The Revenue Authority said it had suspended the four
/// officers and would cooperate with the inquiry", "la Dirección de Aduanas suspendió a los cuatro funcionarios", "a Autoridade
/// Tributária afastou os dois inspetores", "la direction des douanes a suspendu les agents") is where the suspects work and
/// tells what it did after their arrest: by that mention it takes no part. The suspension must be the body's first deed
/// (after a verb of saying and its small words, before any "and"), so a body that arrested people and then suspended its
/// own officers keeps its part.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int SuspensionReach = 8; // "said in a statement that it had suspended"
    private const int SuspendedStaffReach = 5; // "the nine employees", "six of its officers", "a los cuatro funcionarios"

    private readonly WordSet _staffSuspensions = knowledge.Words(KnowledgeList.StaffSuspension);

    /// <summary>
    /// Whether the body's own verb, or the clause it reports, suspends its people. Not when an aside after the body's name tells a
    /// part of its own ("The Customs Authority, which provided the import data, has suspended …"), nor when a deed joins the
    /// suspension ("… and handed over the clearance records"); a promise does not ("… and would cooperate fully").
    /// </summary>
    private bool SuspendsItsStaff(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var end = SkipBracket(sentence, ListEnd(sentence, mentions, m));
        var verb = end < sentence.Count && sentence.Word(end) is "," ? -1 : VerbAfter(sentence, mentions, m);
        if (verb < 0)
        {
            return false;
        }

        for (var k = verb; k < Math.Min(sentence.Count, verb + SuspensionReach); k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation || _andOr.Contains(sentence, k))
            {
                return false;
            }

            if (_staffSuspensions.Contains(sentence, k))
            {
                return StaffNounWithin(sentence, k + 1) is >= 0 and var staff && !DeedJoined(sentence, staff + 1);
            }
        }

        return false;
    }

    /// <summary>Whether the clause goes on, after the suspended people, to "and" and a verb that is no auxiliary, promise or future.</summary>
    private bool DeedJoined(SentenceTokens sentence, int from)
    {
        for (var k = from; k + 1 < sentence.Count; k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation && sentence.Word(k) is not ",")
            {
                return false;
            }

            if (_andOr.Contains(sentence, k))
            {
                return !(_auxiliaries.Contains(sentence, k + 1) || _perfectAuxiliaries.Contains(sentence, k + 1)
                    || _contextVerbs.Contains(sentence, k + 1) || _futureVerbs.Contains(sentence, k + 1));
            }
        }

        return false;
    }

    /// <summary>The position of a staff noun within a few words after <paramref name="from"/>, in the same clause; -1 when none.</summary>
    private int StaffNounWithin(SentenceTokens sentence, int from)
    {
        for (var k = from; k < Math.Min(sentence.Count, from + SuspendedStaffReach); k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (_staff.Contains(sentence, k))
            {
                return k;
            }
        }

        return -1;
    }
}
