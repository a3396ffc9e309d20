using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>A capitalised word of leading that opens a unit's name after a body's possessive.</summary>
internal sealed partial class RoleReader
{
    /// <summary>
    /// "with the help of the Bavarian Police's Organised Crime Unit", "the New Zealand Police's National Organised Crime Group":
    /// a capitalised word of leading among the first capitalised words after a possessive opens the name of the body's unit,
    /// so it is no verb whose subject leads. "INTERPOL's Operation Pangea" is not asked here (an operation word is no word of
    /// leading), and "Europol coordinated" keeps its verb in lower case.
    /// </summary>
    private bool WithinAUnitNameAfterPossessive(SentenceTokens sentence, int token)
    {
        if (!sentence.Tokens[token].IsCapitalized || !_leadVerbs.Contains(sentence, token))
        {
            return false;
        }

        for (var k = token - 1; k >= Math.Max(0, token - 1 - MaxUnitWords); k--)
        {
            if (IsPossessive(sentence.Word(k)))
            {
                return true;
            }

            if (!sentence.Tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }
}
