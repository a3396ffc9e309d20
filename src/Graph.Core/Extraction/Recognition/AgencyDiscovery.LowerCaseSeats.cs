using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

internal sealed partial class AgencyDiscovery
{
    /// <summary>The most words of a city's name before a lower-case seated office ("Santa Cruz de la Sierra").</summary>
    private const int MaxSeatCityWords = 5;

    private readonly PhraseSet _lowerCaseSeatedOffices;

    /// <summary>
    /// "the Puntarenas prosecutor's office", "the Lima prosecutor's office specialised in organised crime": the press writes a
    /// city's prosecution office in lower case after the city's name (<c>seated-office-phrase</c>). A city the lists know right
    /// before such a phrase names that city's office, tied to the city's country as "the Public Prosecutor's Office in Vienna"
    /// is; with no known city before it the phrase is the common noun ("the prosecutor's office said").
    /// </summary>
    private void AddLowerCaseSeats(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered, List<Mention> kept, ref List<Mention>? found)
    {
        for (var k = 1; k < sentence.Count; k++)
        {
            if (sentence.Tokens[k].IsCapitalized || !sentence.Tokens[k - 1].IsCapitalized || _lowerCaseSeatedOffices.MatchAt(sentence, k) is not (> 0 and var length)
                || CityEndingAt(sentence, k) is not { } city || Covers(mentions, city.First, k + length))
            {
                continue;
            }

            var count = k + length - city.First;
            var span = sentence.SpanOf(city.First, count);
            var name = span.Slice(sentence.Text);
            var id = "agency:" + Slug.Of(name);
            if (!discovered.ContainsKey(id))
            {
                discovered.Add(id, new Actor(id, ActorKind.Agency, name, city.Code, [name]));
            }

            (found ??= Emptied(kept)).Add(new Mention(id, ActorKind.Agency, city.First, count, span, sentence.Span, false));
            k += length - 1;
        }
    }

    /// <summary>The listed city whose name ends right before token <paramref name="end"/>: its first token and country; null when none does.</summary>
    private (int First, string Code)? CityEndingAt(SentenceTokens sentence, int end)
    {
        for (var first = end - 1; first >= Math.Max(0, end - MaxSeatCityWords); first--)
        {
            if (_cities.CountryAt(sentence, first, out var length) is { } code && first + length == end)
            {
                return (first, code);
            }
        }

        return null;
    }

    private static bool Covers(List<Mention> mentions, int first, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstToken < end && mention.EndToken > first)
            {
                return true;
            }
        }

        return false;
    }
}
