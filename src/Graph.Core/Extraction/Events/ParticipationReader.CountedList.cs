using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 32: "the operation ran in the ports of four countries: Benin, Togo, …", "se desarrolló en los puertos de nueve
/// países: …", "dans les ports de neuf pays : le Bénin, …": a count of countries right before a colon announces the list
/// after it as the countries the sentence's action took place in, however far before the count its acting word stands.
/// The count is what makes it an enumeration of the operation's countries; an uncounted "countries:" is read as before.
/// </summary>
internal sealed partial class ParticipationReader
{
    private readonly WordSet _countryNouns = knowledge.Words(KnowledgeList.Countries);

    /// <summary>Whether a count and a noun of countries ("four countries", "nueve países") end right before the colon at <paramref name="colon"/>.</summary>
    private bool CountedCountriesBefore(SentenceTokens sentence, int colon) =>
        colon >= 2 && _countryNouns.Contains(sentence, colon - 1)
        && (sentence.Tokens[colon - 2].Kind == TokenKind.Number || sentence.Cues[colon - 2].Overlaps(_numberWords));

    /// <summary>Whether an acting or arrest word stands before <paramref name="end"/> in the sentence, neither told nor denied.</summary>
    private bool ActingWordBefore(SentenceTokens sentence, int end)
    {
        for (var k = end - 1; k >= 0; k--)
        {
            if (_acting.Contains(sentence, k) || _arrestWords.Contains(sentence, k))
            {
                return !ToldBefore(sentence, k) && !ActionDenied(sentence, k);
            }
        }

        return false;
    }
}
