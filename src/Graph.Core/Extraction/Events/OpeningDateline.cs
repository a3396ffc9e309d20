using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>Where a sentence's own words start when it opens with a dateline that ends in a dash or a colon.</summary>
internal static class OpeningDateline
{
    private const int Reach = 12; // "HARARE, Zimbabwe, 22 September 2026 -": the words a dateline takes before its dash

    /// <summary>
    /// The token after the dash or colon that closes an opening dateline ("ACCRA, April 30, 2025 — The …", "Cox's Bazar,
    /// 2 October 2025: …", "BRASÍLIA, September 22, 2025 (Agência Brasil) - …"; wires type the dash as a hyphen too): the
    /// mark must follow the date's number or the desk's closing bracket. 0 when the sentence has no such dateline.
    /// </summary>
    public static int WordsStart(SentenceTokens sentence)
    {
        for (var k = 1; k < Math.Min(sentence.Count, Reach); k++)
        {
            if (sentence.Word(k) is "—" or "–" or "-" or ":" && (sentence.Tokens[k - 1].Kind == TokenKind.Number || sentence.Word(k - 1) is ")"))
            {
                return k + 1;
            }
        }

        return 0;
    }
}
