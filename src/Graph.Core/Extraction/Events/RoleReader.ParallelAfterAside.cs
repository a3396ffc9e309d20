using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using static Graph.Core.Extraction.Events.MentionRanges;

namespace Graph.Core.Extraction.Events;

/// <summary>Session 31: a second agent phrase of the same lead cue after an aside on the first agent.</summary>
internal sealed partial class RoleReader
{
    /// <summary>
    /// "llevada a cabo por la Policía Nacional, a través de la UCRIF de la Jefatura de Canarias, y por la Guardia Civil",
    /// "pilotée, côté belge, par la PJF d'Anvers, sous la direction d'un juge, et côté marocain par la DGSN": an aside set off
    /// by commas after a member (a unit, a place, a director; no agent's mark of a passive of its own in it),
    /// then a second agent phrase after "and", a side's or not; the token after that phrase's agent's mark, or -1.
    /// </summary>
    private int ParallelAfterAside(SentenceTokens sentence, List<Mention> mentions, int from, bool[]? aside)
    {
        // Past the member's acronym in brackets (or the bracket closing it) and the place its unit serves ("(PJF) d'Anvers").
        var open = PastAcronym(sentence, from);
        open = open < sentence.Count && sentence.Word(open) is ")" ? open + 1 : open;
        if (open + 1 < sentence.Count && _from.Contains(sentence, open) && !AnyStartsWithin(mentions, open + 1, open + 2))
        {
            var place = open + 1;
            while (place < Math.Min(sentence.Count, open + 1 + MaxUnitWords) && CapitalisedUnitWord(sentence, place) && !AnyStartsWithin(mentions, place, place + 1))
            {
                place++;
            }

            open = place > open + 1 ? place : open;
        }
        if (!CommaAt(sentence, open))
        {
            return -1;
        }

        for (var k = open + 1; k + 1 < Math.Min(sentence.Count, open + AsideReach); k++)
        {
            var word = sentence.Word(k);
            if (word is ";" or ":" or "." || _by.Contains(sentence, k))
            {
                return -1;
            }

            if (word is "," && _andOr.Contains(sentence, k + 1))
            {
                return ParallelAgent(sentence, k, sentence.Count, aside) is > 0 and var again ? again : ParallelSide(sentence, mentions, k);
            }
        }

        return -1;
    }
}
