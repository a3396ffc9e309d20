using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    /// <summary>
    /// The opening sentences that name a body (a header with the issuer, the headline, the lede) in which a body's own work within
    /// the operation is read; bullet points and datelines that name none are not counted.
    /// </summary>
    private const int LedeSentences = 3;

    /// <summary>
    /// Session 33: the one body the lede says dismantled the network within the operation (see <see cref="RoleReader.FramedDoers"/>)
    /// carried the operation out, and leads it beside the leads other cues found when every one of those is a body of its
    /// own country: a prosecutor or an examining court that directed it ("La Policía Nacional ha desarticulado, en el marco de
    /// la operación Ibis, … La investigación, dirigida por el Juzgado de Instrucción número 3"). Beside an international
    /// coordinator or a foreign force ("ha desarticulado una red en una operación coordinada por Europol") it only took
    /// part; an event with no lead is left to the announcer.
    /// </summary>
    private static void PromoteDoersBesideDomesticLeads(
        List<EventBuilder> builders,
        List<(EventBuilder Builder, string ActorId, bool Lede)>? doers,
        IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences,
        Func<string, string?> countryIdOfDiscovered)
    {
        if (doers is null)
        {
            return;
        }

        var countryOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (_, mentions) in sentences)
        {
            foreach (var mention in mentions)
            {
                if (mention.Kind == Model.ActorKind.Agency)
                {
                    countryOf.TryAdd(mention.ActorId, mention.Entry is { } entry ? entry.AgencyCountryId : countryIdOfDiscovered(mention.ActorId));
                }
            }
        }

        foreach (var builder in builders)
        {
            var leads = builder.LeadIds.ToList();
            if (leads.Count == 0)
            {
                continue;
            }

            foreach (var (of, doer, lede) in doers)
            {
                if (lede && of == builder && !leads.Contains(doer, StringComparer.Ordinal) && countryOf.GetValueOrDefault(doer) is { } country
                    && leads.TrueForAll(lead => countryOf.GetValueOrDefault(lead) == country))
                {
                    builder.PromoteToLead([doer]);
                }
            }
        }
    }

    /// <summary>
    /// Session 33: a report that tells several operations gives each its own doer ("En una segunda operación, denominada Brisa,
    /// la Policía Nacional desarticuló …"): a named operation that no cue gives a lead is led by the one body a sentence about it
    /// says dismantled the network in it, before the announcer of the whole release is asked (whose opening sentences may tell
    /// only the first operation).
    /// </summary>
    private static void PromoteDoersOfSeveralOperations(List<EventBuilder> builders, List<(EventBuilder Builder, string ActorId, bool Lede)>? doers)
    {
        if (doers is null || builders.Count(b => b.Name is not null) < 2)
        {
            return;
        }

        foreach (var builder in builders)
        {
            if (builder.HasLead || builder.Name is null)
            {
                continue;
            }

            var own = doers.Where(d => d.Builder == builder).Select(d => d.ActorId).Distinct(StringComparer.Ordinal).ToList();
            if (own.Count == 1)
            {
                builder.PromoteToLead(own);
            }
        }
    }
}
