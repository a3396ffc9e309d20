using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;
using static Graph.Core.Extraction.Events.MentionRanges;
using static Graph.Core.Extraction.Text.WordEndings;

namespace Graph.Core.Extraction.Events;

/// <summary>Where a list of leads ends: stop phrases, asides, commas not followed by "and", a new clause's verb.</summary>
internal sealed partial class RoleReader
{
    private bool StopBetween(SentenceTokens sentence, int from, int to, bool[]? aside)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsAside(aside, k) && _stops.MatchAt(sentence, k) > 0 || sentence.Word(k) is ";" or ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tokens inside ", which …," / ", whose …," asides, and inside a ", … ," aside that names no
    /// actor and is followed by "and" ("Italy's Carabinieri, through their Command for Environmental
    /// Protection, and the Romanian Police"), which a list of leads steps over; null when the sentence has none.
    /// </summary>
    private bool[]? RelativeClauses(SentenceTokens sentence, List<Mention> mentions)
    {
        bool[]? aside = null;
        for (var i = 1; i < sentence.Count; i++)
        {
            if (sentence.Word(i - 1) is not ",")
            {
                continue;
            }

            var k = i;
            while (k < sentence.Count && sentence.Word(k) is not ",")
            {
                k++;
            }

            var relative = _relativePronouns.Contains(sentence, i);
            var bare = k < sentence.Count && k > i && _andOr.Contains(sentence, k + 1)
                && (!AnyStartsWithin(mentions, i, k) || NamesAgain(sentence, i, k) || _unitAsides.MatchAt(sentence, i) > 0);
            if (!relative && !bare)
            {
                continue;
            }

            aside ??= new bool[sentence.Count + 1];
            for (var j = i; j <= k && j < sentence.Count; j++)
            {
                aside[j] = true;
            }

            i = k;
        }

        return aside;
    }

    /// <summary>
    /// ", better known as the Hawks, and …", ", known as SERNIC, and …": an aside that opens with a naming cue (one word
    /// may stand before it) gives the body before it another name; the list of leads steps over it to the next body.
    /// </summary>
    private bool NamesAgain(SentenceTokens sentence, int first, int comma) =>
        _nameCues.MatchAt(sentence, first) > 0 || (first + 1 < comma && _nameCues.MatchAt(sentence, first + 1) > 0);

    /// <summary>
    /// "led by A and B, Europol said": a comma ends the list unless an "and" still follows. A comma before a perfect
    /// auxiliary ends it whatever follows: "L'enquête, conduite sous l'égide du MPC, a réuni fedpol … et la
    /// Gendarmerie" closes the aside that held the cue, and the sentence's own verb takes the bodies after it.
    /// </summary>
    private bool ListEndsAt(SentenceTokens sentence, int from, int to, bool[]? aside)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsAside(aside, k) && sentence.Word(k) is ",")
            {
                return !AndFollows(sentence, k + 1) || ClauseVerbAt(sentence, k + 1);
            }
        }

        return false;
    }

    /// <summary>A lower-case perfect auxiliary ("a", "ha", "tem") that opens no stop phrase ("a través de").</summary>
    private bool ClauseVerbAt(SentenceTokens sentence, int k) =>
        k < sentence.Count && !sentence.Tokens[k].IsCapitalized && _perfectAuxiliaries.Contains(sentence, k) && _stops.MatchAt(sentence, k) == 0;

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
}
