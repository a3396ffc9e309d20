using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 33: a later update of the arrests told by the noun of their number ("By Thursday the number of arrests had risen to 14",
/// "El número de detenidos se elevó el jueves a 14", "Le nombre de personnes interpellées s'élève désormais à 14"): whatever the
/// verb of the change, the number the clause ends on is the arrests' new total.
/// </summary>
internal sealed partial class FigureReader
{
    private const int MaxNumberOfReach = 4; // "nombre de personnes interpellées": the words from the noun of a number to its arrest word

    /// <summary>
    /// A noun of a number (<c>arrest-total-noun</c>), an arrest word at most <see cref="MaxNumberOfReach"/> words
    /// after it with only words between, and a count of people later in the clause (see <see cref="StatedLater"/>); else null.
    /// </summary>
    private int? NumberOfArrestsStated(SentenceTokens sentence, string? language)
    {
        for (var k = 0; k + 2 < sentence.Count; k++)
        {
            if (!_totalNouns.Contains(sentence, k))
            {
                continue;
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
}
