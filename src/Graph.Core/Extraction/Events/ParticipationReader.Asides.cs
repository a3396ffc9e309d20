using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 27: two words that stand between a body and the clue to its part. A country that owns the body ("hosted by
/// Botswana's Ministry of Defence", "funded by Japan's customs service") stands between the agent's mark and the body,
/// so the mark is looked for before the owner. A relative clause between commas ("The Police Service, which chairs the
/// regional committee, was not part of the field work") stands between a denied body and its negation, so the body
/// named inside the clause is not the one denied: the one before the clause is.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int OwnedNameReach = 10; // "'s European Financial and Economic Crime Centre (EFECC)"

    /// <summary>
    /// Where the body's name starts once a possessive owner before it is counted in: the owner country's first token
    /// when the mention before it is a country followed only by a possessive ("Botswana 's"), else the body's own.
    /// </summary>
    private int WithOwner(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var first = mentions[m].FirstToken;
        if (m == 0 || first < 1 || mentions[m - 1].Kind != ActorKind.Country || mentions[m - 1].EndToken != first - 1)
        {
            return first;
        }

        return IsPossessive(sentence.Word(first - 1)) ? mentions[m - 1].FirstToken : first;
    }

    /// <summary>
    /// The body a negation denies when the nearest body before it stands inside a relative clause between commas: the
    /// mention that ends right at the comma before the relative pronoun; <paramref name="subject"/> itself otherwise
    /// (no comma between it and the negation, no such clause, or no body right before the clause). Session 33: the body may
    /// also own the name before the clause ("Montenegro's Police Administration, which signed …, was not involved").
    /// </summary>
    private int BeforeRelativeClause(SentenceTokens sentence, List<Mention> mentions, int subject, int negation)
    {
        var closed = false;
        for (var k = mentions[subject].EndToken; k < negation && !closed; k++)
        {
            closed = sentence.Word(k) is ",";
        }

        if (!closed)
        {
            return subject;
        }

        for (var k = mentions[subject].FirstToken - 1; k >= 1; k--)
        {
            if (sentence.Word(k) is ",")
            {
                return subject;
            }

            if (_relativePronouns.Contains(sentence, k) && sentence.Word(k - 1) is ",")
            {
                var before = mentions.FindLastIndex(x => x.EndToken <= k - 1);
                return before >= 0 && (mentions[before].EndToken == k - 1 || OwnedNameBetween(sentence, mentions[before].EndToken, k - 1)) ? before : subject;
            }
        }

        return subject;
    }

    /// <summary>
    /// Session 33: whether the name a body owns fills the span between two positions ("'s National Special Crime Unit (NSK)",
    /// "'s cybercrime centre"): see <see cref="OwnedNameEnd"/>.
    /// </summary>
    private bool OwnedNameBetween(SentenceTokens sentence, int from, int to) => from < to && OwnedNameEnd(sentence, from, to) == to;

    /// <summary>
    /// Session 33: where the name a body owns ends, when a possessive stands at <paramref name="from"/>: past at most a few words
    /// and a bracketed acronym, up to punctuation or <paramref name="limit"/>; <paramref name="from"/> when no possessive stands there.
    /// </summary>
    private int OwnedNameEnd(SentenceTokens sentence, int from, int limit)
    {
        if (from >= limit || !IsPossessive(sentence.Word(from)))
        {
            return from;
        }

        var k = from + 1;
        var end = Math.Min(limit, k + OwnedNameReach);
        while (k < end && (sentence.Tokens[k].Kind == TokenKind.Word || sentence.Word(k) is "(" or ")"))
        {
            k++;
        }

        return k;
    }
}
