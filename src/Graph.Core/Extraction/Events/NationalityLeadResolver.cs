using Graph.Core.Extraction.Recognition;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Leadership given by nationality ("led by the Jordanian and Moroccan customs administrations")
/// goes to the agency of each such country that the report names: the first whose name holds the
/// noun after the demonyms ("customs", "police"), else the country's only named agency. A country
/// with no such agency adds no lead. One per report.
/// </summary>
internal sealed class NationalityLeadResolver
{
    private readonly List<(EventBuilder Builder, NationalityLead Lead)> _pending = [];
    private readonly List<(string Id, int Number, string CountryId, TextSpan Span, TextSpan Sentence)> _agencies = [];
    private string _text = "";

    public void Expect(EventBuilder builder, NationalityLead lead) => _pending.Add((builder, lead));

    /// <summary>Notes an agency the report names, with its country.</summary>
    public void Saw(Mention agency, int number, string countryId, string text)
    {
        _text = text;
        _agencies.Add((agency.ActorId, number, countryId, agency.Span, agency.Sentence));
    }

    /// <summary>Makes the resolved agencies leads of the events that named their countries.</summary>
    public void Resolve()
    {
        var ofCountry = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (builder, lead) in _pending)
        {
            if (HasLeadFrom(builder, lead.CountryId))
            {
                continue;
            }

            ofCountry.Clear();
            (string Id, int Number, TextSpan Sentence)? byNoun = null, first = null;
            foreach (var agency in _agencies)
            {
                if (agency.CountryId != lead.CountryId)
                {
                    continue;
                }

                ofCountry.Add(agency.Id);
                first ??= (agency.Id, agency.Number, agency.Sentence);
                if (byNoun is null && lead.Noun is { } noun && agency.Span.Slice(_text).Contains(noun, StringComparison.OrdinalIgnoreCase))
                {
                    byNoun = (agency.Id, agency.Number, agency.Sentence);
                }
            }

            if ((byNoun ?? (ofCountry.Count == 1 ? first : null)) is { } pick)
            {
                builder.Add(pick.Id, pick.Number, ParticipantRole.Lead, pick.Sentence);
            }
        }
    }

    private bool HasLeadFrom(EventBuilder builder, string countryId)
    {
        foreach (var id in builder.LeadIds)
        {
            if (_agencies.Exists(a => a.Id == id && a.CountryId == countryId))
            {
                return true;
            }
        }

        return false;
    }
}
