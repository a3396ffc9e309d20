using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 26: a body whose own verb has a custody measure for its object ("El Juzgado de Garantía decretó la prisión
/// preventiva", "o tribunal, que lhes aplicou a medida de prisão preventiva", "le parquet a requis leur placement en
/// détention provisoire") orders or asks for custody once the suspects are caught: it acts after the operation and takes
/// no part by that mention. Only the verb right after the body (past a bracketed acronym, a relative pronoun, auxiliaries
/// and object pronouns) counts, and only small words of the measure may stand between that verb and the measure, so a
/// police force that "cumpriu os mandados de prisão preventiva" keeps its part, and so does a court named elsewhere in the
/// sentence or the report as directing the operation.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int CustodyPrefixReach = 3; // "que lhes aplicou", "qui a requis", "que ha decretado"
    private const int CustodyStepReach = 4; // "aplicou a medida de prisão", "ha decretado el ingreso en prisión"

    /// <summary>Clears the flags of the mentions that are the subject of a verb whose object is a custody measure.</summary>
    private void ClearCustodyOrderers(SentenceTokens sentence, List<Mention> mentions, List<bool> acts)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            if (!acts[m] || !OrdersCustody(sentence, ListEnd(sentence, mentions, m)))
            {
                continue;
            }

            acts[m] = false;
        }
    }

    /// <summary>Whether the verb after the subject ending at <paramref name="end"/> has a custody measure for its object.</summary>
    private bool OrdersCustody(SentenceTokens sentence, int end)
    {
        var k = SkipBracket(sentence, end);
        if (k + 1 < sentence.Count && sentence.Word(k) is "," && _relativePronouns.Contains(sentence, k + 1))
        {
            k += 2;
        }
        else if (_relativePronouns.Contains(sentence, k))
        {
            k++;
        }

        for (var limit = k + CustodyPrefixReach; k < limit && k < sentence.Count
            && (_perfectAuxiliaries.Contains(sentence, k) || _auxiliaries.Contains(sentence, k) || _custodySteps.Contains(sentence, k)); k++)
        {
        }

        // The verb: one lower-case word.
        if (k >= sentence.Count || sentence.Tokens[k].Kind != TokenKind.Word || sentence.Tokens[k].IsCapitalized)
        {
            return false;
        }

        k++;
        for (var limit = k + CustodyStepReach; k < limit && k < sentence.Count && (_custodySteps.Contains(sentence, k) || _agentArticles.Contains(sentence, k)); k++)
        {
        }

        return k < sentence.Count && _custodyOrders.MatchAt(sentence, k) > 0;
    }
}
