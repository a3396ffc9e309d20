using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

internal sealed partial class AgencyDiscovery
{
    private readonly WordSet _courtWords;
    private readonly WordSet _seatedOffices;
    private readonly WordSet _pluralCourts;
    private readonly WordSet _pluralCourtKinds;

    /// <summary>
    /// "the Tennis Courts": a court's plural ends a court's name only after a word of the law's kind ("the Milimani Law
    /// Courts", "the Royal Courts of Justice" read with its head first); otherwise the courts are a place.
    /// </summary>
    private bool PluralCourtOfNoLaw(SentenceTokens sentence, int end) =>
        _pluralCourts.Contains(sentence, end - 1) && !_pluralCourtKinds.Contains(sentence, end - 2);

    /// <summary>
    /// "the Public Prosecutor of Chania", "the Prosecutor of Ioannina": a post that names a seated office, "of", and a
    /// city the lists know closing the run names that city's office though no head noun ends it; the city then ties it to its
    /// country. A person's title before a name ("Public Prosecutor Anna Lind") has no city after "of" and stays no body.
    /// </summary>
    private bool SeatedOfficeOfCity(SentenceTokens sentence, int start, int end)
    {
        for (var k = start; k < end - 2; k++)
        {
            if (_seatedOffices.Contains(sentence, k) && _nameLinkers.Contains(sentence, k + 1)
                && _cities.CountryAt(sentence, k + 2, out var city) is not null && k + 2 + city == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Finnish District Court of Helsinki": a country's word opening the run before a court that names its own seat in
    /// that country is the country's, not the court's; the court's name starts after it. A court with no seat in its name
    /// ("the Finnish Supreme Court") keeps the word.
    /// </summary>
    private int AfterCountryOfSeatedCourt(SentenceTokens sentence, List<Mention> mentions, int start, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != ActorKind.Country || mention.FirstToken != start || end - mention.EndToken < 3)
            {
                continue;
            }

            var court = false;
            for (var k = mention.EndToken; k < end && !court; k++)
            {
                court = _courtWords.Contains(sentence, k);
            }

            return court && CityInside(sentence, mention.EndToken, end) is { } code && mention.ActorId == "country:" + code ? mention.EndToken : start;
        }

        return start;
    }
}
