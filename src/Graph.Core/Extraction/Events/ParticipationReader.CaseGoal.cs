using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using static Graph.Core.Extraction.Events.MentionRanges;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 35: the case itself as the subject of a clause that sends it on ("Las actuaciones se remitirán a la Fiscalía",
/// "Os autos foram encaminhados ao Ministério Público", "El caso pasó a la Fiscalía Penal", "the file went on to the
/// prosecution"). However the verb is worded, a clause that opens on the case, its file or its report (<c>case-noun</c>)
/// and names a body after a word of destination (<c>case-goal</c>) tells where the case goes once the operation is over:
/// by that mention the body only receives it. Bodies joined to it by a conjunction and the same word ("… y al Ministerio
/// Público") and the owner named after an unknown unit ("à Promotoria de Justiça de Viamão, do Ministério Público")
/// receive it too. A body with its own subject between (the police sent the case to …) or a relative aside that tells it
/// acting ("…, which raided …") keeps its part by this reading.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int CaseSubjectReach = 4; // "la carpeta de investigación": the case noun among the clause's first words
    private const int CaseVerbGoalReach = 12; // "El atestado y las pruebas se enviarán en los próximos días a": the clause's opening to its goal
    private const int GoalNameReach = 12; // "à Promotoria de Justiça Criminal de Santana do Livramento, do": an unknown unit before its owner

    private readonly WordSet _caseGoals = knowledge.Words(KnowledgeList.CaseGoal);

    /// <summary>Whether the body is where a clause opening on the case sends it (see the type's summary).</summary>
    private bool ReceivesTheCase(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var goal = GoalBefore(sentence, mentions[m].FirstToken);
        if (goal < 0 || ActsInItsAside(sentence, mentions, m))
        {
            return false;
        }

        if (CaseOpensClauseBefore(sentence, mentions, goal))
        {
            return true;
        }

        // "… a la Fiscalía General, en Colombia, y al Ministerio Público del Perú": a goal joined to an earlier one.
        if (goal < 2 || !_andOr.Contains(sentence, goal - 1))
        {
            return false;
        }

        for (var k = goal - 2; k > 0 && sentence.Word(k) is not (";" or ":"); k--)
        {
            if (_caseGoals.Contains(sentence, k) && CaseOpensClauseBefore(sentence, mentions, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The position of the destination word the body's name follows: right before it (its article stepped over), or before an
    /// unknown unit's capitalised name and linking words that the body owns; -1 when none.
    /// </summary>
    private int GoalBefore(SentenceTokens sentence, int first)
    {
        // An article is stepped over even when it could be the word of destination ("com a Polícia": the "a" of "para a").
        var k = first - 1;
        k -= k > 0 && (_the.Contains(sentence, k) || _agentArticles.Contains(sentence, k)) ? 1 : 0;
        if (k > 0 && _caseGoals.Contains(sentence, k))
        {
            return k;
        }

        // "à Promotoria de Justiça Criminal de Santana do Livramento, do Ministério Público": linking word, comma, unit name.
        if (k < 1 || !IsLinker(sentence, k))
        {
            return -1;
        }

        for (var j = k - 1; j > 0 && j >= first - GoalNameReach; j--)
        {
            var token = sentence.Tokens[j];
            if (_caseGoals.Contains(sentence, j) && !token.IsCapitalized)
            {
                return j;
            }

            if (!(token.IsCapitalized || IsLinker(sentence, j) || _the.Contains(sentence, j) || sentence.Word(j) is ","))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the clause the destination word at <paramref name="goal"/> ends in opens on the case: back to the sentence's
    /// start or a punctuation mark, within a few words and with no body, a case noun among the first words of the clause or
    /// of a part of it a conjunction opens ("El atestado y las pruebas se enviarán …").
    /// </summary>
    private bool CaseOpensClauseBefore(SentenceTokens sentence, List<Mention> mentions, int goal)
    {
        var start = goal;
        while (start > 0 && goal - start < CaseVerbGoalReach && sentence.Tokens[start - 1].Kind != TokenKind.Punctuation)
        {
            start--;
        }

        if ((start > 0 && sentence.Tokens[start - 1].Kind != TokenKind.Punctuation) || AnyStartsWithin(mentions, start, goal))
        {
            return false;
        }

        for (var (k, opened) = (start, 0); k < goal; k++, opened++)
        {
            if (opened < CaseSubjectReach && _caseNouns.Contains(sentence, k))
            {
                return true;
            }

            opened = _andOr.Contains(sentence, k) ? -1 : opened;
        }

        return false;
    }

    /// <summary>Whether a relative aside right after the body tells it doing the operation's work ("…, which raided …", "…, que dirigió …").</summary>
    private bool ActsInItsAside(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var k = SkipBracket(sentence, ListEnd(sentence, mentions, m));
        if (k + 1 >= sentence.Count || sentence.Word(k) is not "," || !_relativePronouns.Contains(sentence, k + 1))
        {
            return false;
        }

        for (k += 2; k < sentence.Count && sentence.Tokens[k].Kind != TokenKind.Punctuation; k++)
        {
            if (_acting.Contains(sentence, k) || _leadVerbs.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }
}
