using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Leadership given by nationality ("led by the Jordanian and Moroccan customs administrations")
/// goes to the agency of each such country that the report names: the first whose name holds the
/// noun after the demonyms ("customs", "police"), else the country's only named agency, else its only agency
/// named in the lead's own sentence ("on the Mexican side by …, known by its initials FGR", a navy named later).
/// A country with no such agency adds no lead. One per report that has such a lead.
/// </summary>
internal sealed class NationalityLeadResolver
{
    private readonly List<(EventBuilder Builder, NationalityLead Lead)> _pending = [];

    public void Expect(EventBuilder builder, NationalityLead lead) => _pending.Add((builder, lead));

    /// <summary>Makes the resolved agencies leads of the events that named their countries.</summary>
    /// <param name="sentences">The report's sentences with their mentions.</param>
    /// <param name="countryOf">The country id of an agency mention, or null.</param>
    public void Resolve(IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, Func<Mention, string?> countryOf)
    {
        var ofCountry = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (builder, lead) in _pending)
        {
            if (lead.CountryId is null)
            {
                ResolveBackReference(sentences, builder, lead);
                continue;
            }

            ofCountry.Clear();
            Mention? byNoun = null, first = null, inClause = null;
            var clauseAgencies = 0;
            var hasLead = false;
            foreach (var (sentence, mentions) in sentences)
            {
                foreach (var mention in mentions)
                {
                    if (mention.Kind != ActorKind.Agency || countryOf(mention) != lead.CountryId)
                    {
                        continue;
                    }

                    hasLead |= builder.LeadIds.Contains(mention.ActorId, StringComparer.Ordinal);
                    if (mention.Sentence == lead.Sentence && inClause?.ActorId != mention.ActorId)
                    {
                        (inClause, clauseAgencies) = (mention, clauseAgencies + 1);
                    }

                    ofCountry.Add(mention.ActorId);
                    first ??= mention;
                    if (byNoun is null && lead.Noun is { } noun && NameHolds(mention.Span.Slice(sentence.Text), noun))
                    {
                        byNoun = mention;
                    }
                }
            }

            if (!hasLead && (byNoun ?? (ofCountry.Count == 1 ? first : clauseAgencies == 1 ? inClause : null)) is { } pick)
            {
                builder.Add(pick.ActorId, pick.Entry?.ActorNumber ?? -1, ParticipantRole.Lead, pick.Sentence);
            }
        }
    }

    /// <summary>
    /// Whether an agency's name as written holds the noun, or its singular ("gendarmes malgaches" names the Gendarmerie
    /// nationale, "polícias" a Polícia).
    /// </summary>
    private static bool NameHolds(ReadOnlySpan<char> name, string noun) =>
        name.Contains(noun, StringComparison.OrdinalIgnoreCase)
        || (noun.Length > 4 && noun.EndsWith('s') && name.Contains(noun.AsSpan(0, noun.Length - 1), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "led by the unit": the one agency named up to the lead's sentence whose name, as written, holds the head noun
    /// leads; none when no agency or more than one does.
    /// </summary>
    private static void ResolveBackReference(IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, EventBuilder builder, NationalityLead lead)
    {
        if (lead.Noun is not { } noun)
        {
            return;
        }

        var (pick, found) = (default(Mention), false);
        foreach (var (sentence, mentions) in sentences)
        {
            if (sentence.Span.Start > lead.Sentence.Start)
            {
                break;
            }

            foreach (var mention in mentions)
            {
                if (mention.Kind != ActorKind.Agency || mention.Span.Start >= lead.ReferenceStart
                    || !mention.Span.Slice(sentence.Text).Contains(noun, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (found && pick.ActorId != mention.ActorId)
                {
                    return;
                }

                (pick, found) = (mention, true);
            }
        }

        if (found)
        {
            builder.Add(pick.ActorId, pick.Entry?.ActorNumber ?? -1, ParticipantRole.Lead, pick.Sentence);
        }
    }
}
