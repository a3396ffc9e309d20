using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    /// <summary>
    /// Session 28: a later operation's account goes on past a paragraph break for its participants too, as it does for its
    /// figures (see <see cref="FigureScope"/>): "The second case, which police called Operation Nomisma, was spearheaded by …"
    /// then, below it, "Germany's Federal Criminal Police Office searched the auction house": the searching body takes part in
    /// the case told above it, not in the report's main operation. The account ends at a heading or at the sentence that names
    /// another operation; the main operation's own account keeps ending at its paragraph, as before. The sentences it reaches
    /// stay unscoped, so a sentence about all operations ("Both operations …") is still read as such.
    /// </summary>
    /// <remarks>
    /// Session 35: the account also ends at a sentence about several operations ("INTERPOL took part in none of the three
    /// operations"): what follows it, until an operation is named again, is the release's shared closing (a quote, an
    /// aftermath, an earlier case), told of no one operation; those sentences are marked in <paramref name="closing"/>.
    /// </remarks>
    private void CarryLaterOperation(
        SentenceTokens[] texts, (string? Operation, bool Scoped)[] about, bool[] background, bool[] opensScope, string?[] firstNamed, string? main, bool[] closing)
    {
        string? carried = null;
        var closes = false;
        for (var s = 0; s < texts.Length; s++)
        {
            if (about[s].Scoped)
            {
                closes = false;
            }
            else
            {
                closing[s] = closes;
            }

            if (about[s].Scoped && !background[s] && firstNamed[s] is not null)
            {
                // Only an operation that opens its paragraph starts such an account; one named inside a paragraph about
                // something else ("INTERPOL, which has run Operation Pangea for years, was not involved") and another name
                // of an operation already told start none.
                var opensParagraph = s == 0 || OperationScope.ParagraphBreakBefore(texts[s - 1], texts[s]);
                carried = !opensScope[s] || !opensParagraph || string.Equals(about[s].Operation, main, StringComparison.OrdinalIgnoreCase) ? null : about[s].Operation;
            }
            else if (OperationScope.IsHeading(texts[s], s + 1 < texts.Length ? texts[s + 1] : null))
            {
                carried = null;
            }
            else if (carried is not null && !about[s].Scoped && AboutSeveralOperations(texts[s]))
            {
                (carried, closes) = (null, true);
            }
            else if (!about[s].Scoped && carried is not null)
            {
                about[s] = (carried, false);
            }
        }
    }
}
