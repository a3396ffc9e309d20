using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

internal sealed partial class AgencyDiscovery
{
    /// <summary>The most words of a city's name before a lower-case seated office ("Santa Cruz de la Sierra").</summary>
    private const int MaxSeatCityWords = 5;

    private readonly PhraseSet _lowerCaseSeatedOffices;
    private readonly WordSet _locatives;
    private readonly HashSet<string> _seatedOfficeWords;
    private readonly IReadOnlyDictionary<string, AgencyInfo> _listedAgencies;

    /// <summary>
    /// "the Puntarenas prosecutor's office", "the Lima prosecutor's office specialised in organised crime": the press writes a
    /// city's prosecution office in lower case after the city's name (<c>seated-office-phrase</c>). A city the lists know right
    /// before such a phrase names that city's office, tied to the city's country as "the Public Prosecutor's Office in Vienna"
    /// is; with no known city before it the phrase is the common noun ("the prosecutor's office said"). Session 37: the post alone
    /// names the office too ("the Nouadhibou public prosecutor", "the Lima prosecutor"), and so does the phrase with its city
    /// after "of" or "in" ("the public prosecutor of Nouadhibou", "the regional prosecutor's office in Katowice").
    /// </summary>
    private void AddLowerCaseSeats(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered, List<Mention> kept, ref List<Mention>? found)
    {
        for (var k = 1; k < sentence.Count; k++)
        {
            if (sentence.Tokens[k].IsCapitalized || _lowerCaseSeatedOffices.MatchAt(sentence, k) is not (> 0 and var length))
            {
                continue;
            }

            if (sentence.Tokens[k - 1].IsCapitalized && CityEndingAt(sentence, k) is { } city)
            {
                if (!Covers(mentions, city.First, k + length))
                {
                    AddSeat(sentence, city.First, k + length - city.First, (city.First, k), city.Code, discovered, kept, ref found);
                    k += length - 1;
                }

                continue;
            }

            // Session 37: "the public prosecutor of Nouadhibou", "the regional prosecutor's office in Katowice": the seat after it.
            if (CityAfter(sentence, k + length) is { } seat && !Covers(mentions, k, seat.End))
            {
                AddSeat(sentence, k, seat.End - k, (seat.First, seat.End), seat.Code, discovered, kept, ref found);
                k = seat.End - 1;
            }
        }
    }

    /// <summary>
    /// Adds the seat's office, or calls back the body of that seat the report already named in full ("the Geneva Public Prosecutor's
    /// Office … at the Geneva prosecutor's request"): a discovered body of the same country whose name holds the city and a word of
    /// a seated office is the same office.
    /// </summary>
    private void AddSeat(SentenceTokens sentence, int first, int count, (int First, int End) city, string code, Dictionary<string, Actor> discovered,
        List<Mention> kept, ref List<Mention>? found)
    {
        var span = sentence.SpanOf(first, count);
        var name = span.Slice(sentence.Text);
        var slug = Slug.Of(name);
        if (_listedAgencies.ContainsKey(slug))
        {
            return; // "the Lyon prosecutor" takes a listed body's id: the listed names are read by the gazetteer, not here
        }

        var id = "agency:" + slug;
        if (!discovered.ContainsKey(id))
        {
            var seat = sentence.SpanOf(city.First, city.End - city.First).Slice(sentence.Text);
            id = SameSeatOffice(discovered, seat, code) ?? id;
            discovered.TryAdd(id, new Actor(id, ActorKind.Agency, name, code, [name]));
        }

        (found ??= Emptied(kept)).Add(new Mention(id, ActorKind.Agency, first, count, span, sentence.Span, false));
    }

    private string? SameSeatOffice(Dictionary<string, Actor> discovered, ReadOnlySpan<char> seat, string code)
    {
        foreach (var actor in discovered.Values)
        {
            if (actor.Kind == ActorKind.Agency && actor.CountryCode == code && actor.Name.AsSpan().Contains(seat, StringComparison.Ordinal)
                && HoldsASeatedOffice(actor.Name))
            {
                return actor.Id;
            }
        }

        return null;
    }

    private bool HoldsASeatedOffice(string name)
    {
        foreach (var word in name.Split(' '))
        {
            if (_seatedOfficeWords.Contains(word.TrimEnd('s').TrimEnd('\'', '\u2019')) || _seatedOfficeWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"of Nouadhibou", "in Katowice": a linking word or "in", then a listed city: the token after the city and its country.</summary>
    private (int First, int End, string Code)? CityAfter(SentenceTokens sentence, int link)
    {
        if (link + 1 >= sentence.Count || !(_nameLinkers.Contains(sentence, link) || _locatives.Contains(sentence, link)))
        {
            return null;
        }

        return _cities.CountryAt(sentence, link + 1, out var length) is { } code ? (link + 1, link + 1 + length, code) : null;
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
