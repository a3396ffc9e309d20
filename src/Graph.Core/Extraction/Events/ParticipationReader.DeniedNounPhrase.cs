using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 35: a denial whose subject or object is a noun phrase the body's name only qualifies. A writer who has named a body
/// for its earlier deed (the tip it passed on, an older case, training it gave) comes back to it with a common noun ("The
/// Brazilian force did not take part", "The customs office had no role", "no Dutch officers took part"), and names the
/// operation the same way ("in the Bolivian operation"). The subject is the body before such a head noun (<c>subject-head</c>),
/// or the body after a negating determiner ("no", "ningún", "aucun") that only head nouns and the verb's own small words part
/// from the denied word; the operation may carry a demonym or a country's name before its noun.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int OperationModifierReach = 2; // "the Bolivian operation", "Bolivia 's operation"
    private const int DeterminerVerbReach = 4; // "no U.S. officers took part", "no officers of the DEA were involved"

    private readonly WordSet _subjectHeads = knowledge.Words(KnowledgeList.SubjectHead);

    /// <summary>Whether the word at <paramref name="k"/> is a head noun a body's name may qualify ("force", "office", "officers").</summary>
    private bool IsSubjectHead(SentenceTokens sentence, int k) => _subjectHeads.Contains(sentence, k);

    /// <summary>Whether only mention tokens (a demonym, a country and its possessive) stand between <paramref name="j"/> and an operation noun.</summary>
    private bool QualifiedOperationAt(SentenceTokens sentence, List<Mention> mentions, int j)
    {
        for (var k = j; k < Math.Min(sentence.Count, j + OperationModifierReach + 1); k++)
        {
            if (_operationNouns.Contains(sentence, k))
            {
                return k > j;
            }

            if (!MentionRanges.InsideAMention(mentions, k) && !IsPossessive(sentence.Word(k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The mention a negating determiner before it makes the subject of the denied word at <paramref name="k"/> ("no U.S. officers
    /// took part in …"), or -1: walking back from the denied word, only head nouns, auxiliaries and the small words of the
    /// denied verb, then the body, then the negation right before it.
    /// </summary>
    private int DeniedByDeterminer(SentenceTokens sentence, List<Mention> mentions, int k)
    {
        var j = k - 1;
        for (var steps = 0; j > 0 && steps < DeterminerVerbReach && !MentionRanges.InsideAMention(mentions, j); steps++, j--)
        {
            if (!(IsSubjectHead(sentence, j) || _auxiliaries.Contains(sentence, j) || _perfectAuxiliaries.Contains(sentence, j)
                || _denyingPronounRest.Contains(sentence, j) || IsLinker(sentence, j) || _the.Contains(sentence, j)))
            {
                return -1;
            }
        }

        var subject = LastBodyEndingBy(mentions, j + 1);
        if (subject < 0 || mentions[subject].EndToken != j + 1)
        {
            return -1;
        }

        // "no officers of the DEA": the determiner stands before the head noun the body qualifies after a linking word.
        var before = mentions[subject].FirstToken - 1;
        while (before > 0 && (_the.Contains(sentence, before) || IsLinker(sentence, before) || IsSubjectHead(sentence, before)))
        {
            before--;
        }

        return before >= 0 && _negations.Contains(sentence, before) && sentence.Tokens[before].Kind == TokenKind.Word ? subject : -1;
    }

    /// <summary>
    /// Session 35: past the country a body belongs to when a linking word joins it to the body's bracketed acronym ("(DEA) de
    /// Estados Unidos felicitó", "(ATF) des États-Unis a salué"), so the body's own verb is read after it; else <paramref name="position"/>.
    /// </summary>
    private int PastOwnerCountry(SentenceTokens sentence, List<Mention> mentions, int m, int position)
    {
        if (position < 1 || position + 1 >= sentence.Count || sentence.Word(position - 1) is not ")" || !IsLinker(sentence, position))
        {
            return position;
        }

        for (var next = m + 1; next < mentions.Count && mentions[next].FirstToken <= position + 1; next++)
        {
            if (mentions[next].FirstToken == position + 1 && mentions[next].Kind == Model.ActorKind.Country)
            {
                return mentions[next].EndToken;
            }
        }

        return position;
    }
}
