using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 37: arrests told place by place, each in a sentence of its own, with no total ("the Bihar Police arrested four men in
/// Motihari …", then "Seven suspects … were arrested in Birgunj and Kathmandu"; "Police arrested seven men in Nairobi. Four suspects
/// were detained in Kampala"). When both counts are placed and the places differ (neither sentence names the other's place) and are
/// of one kind (two countries, or two places that are no country: a city is not added to the country around it), the later count is
/// another part and adds to the earlier, whatever its size; a total stated anywhere after still wins (the guidelines).
/// </summary>
internal sealed partial class FigureReader
{
    private const int MaxPlaceReach = 16; // "Seven suspects, including two recruitment agents, were arrested in Birgunj": the words from a count to its place

    private readonly WordSet _dateWords;
    private readonly WordSet _operationWords;

    /// <summary>
    /// The name of the place a placed count's clause tells: the first capitalised word after a place word ("in Kampala", "in the
    /// Philippines", "in east London") before a semicolon, or -1. A day or a month ("in March") and an operation ("en la Operación
    /// Altiplano") are no place.
    /// </summary>
    private int PlaceNameOf(SentenceTokens sentence, int after)
    {
        for (var k = after; k + 1 < sentence.Count && k < after + MaxPlaceReach && sentence.Word(k) is not ";"; k++)
        {
            if (!_places.Contains(sentence, k))
            {
                continue;
            }

            var name = k + 1;
            name += _the.Contains(sentence, name) ? 1 : 0;
            name += DescribesTheName(sentence, name) ? 1 : 0;
            return name < sentence.Count && sentence.Tokens[name] is { Kind: TokenKind.Word, IsCapitalized: true } && !_dateWords.Contains(sentence, name)
                && !_operationWords.Contains(sentence, name) ? name : -1;
        }

        return -1;
    }

    /// <summary>
    /// Whether the place at <paramref name="place"/> of sentence <paramref name="s"/> is another place of the same kind as the
    /// place at <paramref name="earlierPlace"/> of sentence <paramref name="earlier"/> (see the type's summary).
    /// </summary>
    private bool AnotherPlaceOfItsKind(ReadOnlySpan<SentenceTokens> sentences, in ArrestSides sides, int s, int place, int earlier, int earlierPlace)
    {
        var sentence = sentences[s];
        var counted = sentences[earlier];
        if (OpensWithThePartitive(sentence) || s >= sides.Count || earlier >= sides.Count || Names(counted, sentence.Word(place)) || Names(sentence, counted.Word(earlierPlace)))
        {
            return false;
        }

        var (country, body) = KindAt(sides, s, place);
        var (earlierCountry, earlierBody) = KindAt(sides, earlier, earlierPlace);
        return !body && !earlierBody && country == earlierCountry;
    }

    private static bool Names(SentenceTokens sentence, ReadOnlySpan<char> name)
    {
        for (var k = 0; k < sentence.Count; k++)
        {
            if (sentence.Tokens[k].IsCapitalized && sentence.Word(k).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token is inside a country's name, or a body's ("in the Ministry of Interior" names no place).</summary>
    private static (bool Country, bool Body) KindAt(in ArrestSides sides, int s, int token)
    {
        foreach (var mention in sides.Of(s))
        {
            if (mention.FirstToken <= token && token < mention.EndToken)
            {
                return (mention.Kind == ActorKind.Country, mention.Kind != ActorKind.Country);
            }
        }

        return (false, false);
    }

    /// <summary>
    /// "Of those arrested, nine …", "De los detenidos, nueve fueron aprehendidos en Iquique", "Parmi les personnes interpellées":
    /// a sentence that opens with a word of a part (<c>arrest-partitive</c>, <c>arrest-among</c>) breaks a count down.
    /// </summary>
    private bool OpensWithThePartitive(SentenceTokens sentence) =>
        sentence.Count > 0 && (_partitive.Contains(sentence, 0) || _among.Contains(sentence, 0));
}
