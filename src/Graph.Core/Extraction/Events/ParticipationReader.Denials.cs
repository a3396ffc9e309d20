using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 26: a part denied in so many words ("La Gendarmería, que acogió la reunión, no tomó parte en las acciones",
/// "elle n'a pas participé à l'opération", "Tampoco intervino la Policía Federal"). The subject of the denied verb takes
/// no part by that mention: the body right after the verb when the subject follows it, else the nearest body before the
/// negation, with the bodies listed with it or naming it ("(ATF) des États-Unis"). A body elsewhere in the sentence keeps
/// its part, unlike a statistic, which silences the whole sentence.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int NegationReach = 3; // "n'a pas participé", "n'était pas non plus impliquée", "no tomó parte"
    private const int InvertedSubjectReach = 2; // "Tampoco intervino la Policía Federal": the verb, an article, the body

    /// <summary>Clears the flags of the mentions whose part a negated word of taking part denies.</summary>
    private void DenyParts(SentenceTokens sentence, List<Mention> mentions, List<bool> acts)
    {
        for (var k = 1; k < sentence.Count; k++)
        {
            if (!_deniedParts.Contains(sentence, k) || NegationBefore(sentence, k) is not (>= 0 and var negation))
            {
                continue;
            }

            var after = BodyRightAfter(mentions, k);
            var subject = after >= 0 ? after : LastBodyEndingBy(mentions, negation);
            if (subject < 0 || (after < 0 && !SubjectOfTheNegation(sentence, mentions[subject], negation)))
            {
                continue;
            }

            subject = after >= 0 ? subject : BeforeRelativeClause(sentence, mentions, subject, negation);

            acts[subject] = false;
            for (var m = subject; m > 0 && OnlyListBetween(sentence, mentions[m - 1].EndToken, mentions[m].FirstToken); m--)
            {
                acts[m - 1] = false;
            }
        }
    }

    // Plain loops rather than FindIndex with a lambda: the lambda's captured negation was a new object for every token
    // of a sentence with a denied-part word, whether or not it was a denial (2.6 % of the bytes extraction allocated, en dev).

    /// <summary>The first mention starting within <see cref="InvertedSubjectReach"/> tokens after the word at <paramref name="k"/>, or -1.</summary>
    private static int BodyRightAfter(List<Mention> mentions, int k)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].FirstToken > k && mentions[m].FirstToken <= k + InvertedSubjectReach)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>The last mention ending by token <paramref name="end"/>, or -1.</summary>
    private static int LastBodyEndingBy(List<Mention> mentions, int end)
    {
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            if (mentions[m].EndToken <= end)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the negation of the word at <paramref name="k"/> starts ("n'" of "n'était pas impliqué"), within a few words of it
    /// in the same clause; -1 when none, or when a limiter ("no solo") makes it no denial.
    /// </summary>
    private int NegationBefore(SentenceTokens sentence, int k)
    {
        var first = -1;
        for (var j = k - 1; j >= Math.Max(0, k - NegationReach); j--)
        {
            if (sentence.Tokens[j].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (_negationLimiters.Contains(sentence, j))
            {
                return -1;
            }

            first = _negations.Contains(sentence, j) ? j : first;
        }

        return first;
    }

    /// <summary>
    /// Whether the body before the negation is its subject: a relative pronoun right before the negation ("un conductor que no
    /// forma parte") refers to the word before it, which must then be the body (or the comma after it).
    /// </summary>
    private bool SubjectOfTheNegation(SentenceTokens sentence, Mention body, int negation)
    {
        var relative = negation - 1;
        if (relative < 0 || !_relativePronouns.Contains(sentence, relative))
        {
            return true;
        }

        return body.EndToken == relative || (body.EndToken == relative - 1 && sentence.Word(relative - 1) is ",");
    }

    /// <summary>Whether only list glue, commas and brackets stand between two positions ("la PF e o Ibama", "(ATF) des États-Unis").</summary>
    private bool OnlyListBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!(_listGlue.Contains(sentence, k) || sentence.Word(k) is "," or "(" or ")"))
            {
                return false;
            }
        }

        return true;
    }
}
