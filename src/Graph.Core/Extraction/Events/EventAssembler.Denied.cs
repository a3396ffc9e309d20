using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    /// <summary>
    /// Session 33: the bodies a pronoun denial stands for (see <see cref="ParticipationReader.DeniedByPronoun"/>) are denied in
    /// the whole operation: this sentence's, or the sentence before's when the pronoun opens the sentence ("Neither took part").
    /// </summary>
    private void DenyByPronoun(
        IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences,
        int s,
        EventBuilder[] builderOf,
        bool[] otherCase,
        ref List<(EventBuilder Builder, string ActorId)>? denied,
        List<int> deniedNow)
    {
        var (sentence, mentions) = sentences[s];
        if (_participation.DeniedByPronoun(sentence, mentions, deniedNow) && s > 0 && !otherCase[s - 1])
        {
            foreach (var previous in sentences[s - 1].Mentions)
            {
                (denied ??= []).Add((builderOf[s - 1], previous.ActorId));
            }
        }

        foreach (var m in deniedNow)
        {
            (denied ??= []).Add((builderOf[s], mentions[m].ActorId));
        }
    }

    /// <summary>
    /// Session 30: a body or country whose part in the whole operation the text denies (see
    /// <see cref="ParticipationReader.DeniedOutright"/>) takes none in that event, whatever another sentence has it do: the
    /// other sentence tells of training given earlier, an earlier case or a later agreement ("an earlier seizure by the
    /// Rwandan police …; the Rwandan police were not involved in Pembe Trail"). A country denied so takes its agencies along; an agency denied so takes
    /// its country along when no other agency of that country is left in the event. Session 33: a body taking part in the lede
    /// (the first sentence where anyone does) keeps its part: a denial of it tells of something else ("The Army ran a separate
    /// operation …. The FSI did not take part in this operation.").
    /// </summary>
    private void DropDenied(
        List<(EventBuilder Builder, string ActorId)>? denied,
        HashSet<string> lede,
        IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences,
        Func<string, string?> countryIdOfDiscovered)
    {
        if (denied is null)
        {
            return;
        }

        // Each agency's country, read once for the report (the same for every event).
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

        foreach (var builder in denied.Select(d => d.Builder).Distinct())
        {
            var ids = denied.Where(d => d.Builder == builder && !lede.Contains(d.ActorId)).Select(d => d.ActorId).ToHashSet(StringComparer.Ordinal);
            builder.RemoveWhere(id => ids.Contains(id) || (countryOf.GetValueOrDefault(id) is { } country && ids.Contains(country)));

            // A denied agency's country goes too when no other agency of it is left to bring it.
            var denyingAgencies = ids.Select(id => countryOf.GetValueOrDefault(id)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var kept = builder.ActorIds.Select(id => countryOf.GetValueOrDefault(id)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            builder.RemoveWhere(id => denyingAgencies.Contains(id) && !kept.Contains(id));
        }
    }
}
