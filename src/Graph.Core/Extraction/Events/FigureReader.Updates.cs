using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 33: a later update of the arrests told by the noun of their number ("By Thursday the number of arrests had risen to 14",
/// "El número de detenidos se elevó el jueves a 14", "Le nombre de personnes interpellées s'élève désormais à 14"): whatever the
/// verb of the change, the number the clause ends on is the arrests' new total. Session 34: the noun alone refers back to the
/// last figure the text gave ("Ayer la cifra se elevó a once", "By Friday the figure had risen to 14"): after a count of arrests it
/// is their new total too.
/// </summary>
internal sealed partial class FigureReader
{
    private const int MaxNumberOfReach = 4; // "nombre de personnes interpellées": the words from the noun of a number to its arrest word

    /// <summary>
    /// A noun of a number (<c>arrest-total-noun</c>), an arrest word at most <see cref="MaxNumberOfReach"/> words
    /// after it with only words between, and a count of people later in the clause (see <see cref="StatedLater"/>); else null.
    /// When <paramref name="afterArrests"/> (the last figure given was the arrests), the noun after its article and before a
    /// word that names no other thing counted ("of", "de" or an arrest word) stands for the arrests too.
    /// </summary>
    private int? NumberOfArrestsStated(SentenceTokens sentence, string? language, bool afterArrests)
    {
        for (var k = 0; k + 2 < sentence.Count; k++)
        {
            if (!_totalNouns.Contains(sentence, k))
            {
                continue;
            }

            if (afterArrests && StandsForTheLastFigure(sentence, k))
            {
                return StatedLater(sentence, k + 1, language);
            }

            for (var j = k + 1; j < sentence.Count && j <= k + MaxNumberOfReach && sentence.Tokens[j].Kind == TokenKind.Word; j++)
            {
                if (IsArrestWord(sentence, j))
                {
                    return StatedLater(sentence, j + 1, language);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "la cifra se elevó", "the figure had risen": the noun after a word that refers back (<c>figure-back-reference</c>), a lower-case
    /// word after it that is no "of", "de".
    /// </summary>
    private bool StandsForTheLastFigure(SentenceTokens sentence, int noun) =>
        noun > 0 && _backReference.Contains(sentence, noun - 1) && noun + 1 < sentence.Count
        && sentence.Tokens[noun + 1] is { Kind: TokenKind.Word, IsCapitalized: false }
        && !_partitive.Contains(sentence, noun + 1) && !_from.Contains(sentence, noun + 1) && !IsArrestWord(sentence, noun + 1);
}
