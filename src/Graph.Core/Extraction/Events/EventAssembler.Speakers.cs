using Graph.Core.Extraction.Recognition;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    /// <summary>
    /// A body named only as a speaker (see <see cref="ParticipationReader.OnlySpeaks"/>) takes part after all in an
    /// event where no one else is said to: a report needs someone to act, and then the one telling it is the likeliest.
    /// </summary>
    private void SpeakersWhereNoOneActs(List<(EventBuilder Builder, Mention Speaker)>? speakers)
    {
        if (speakers is null)
        {
            return;
        }

        var empty = speakers.Select(s => s.Builder).Where(b => !b.HasParticipants).ToHashSet();
        foreach (var (builder, speaker) in speakers)
        {
            if (!empty.Contains(builder))
            {
                continue;
            }

            builder.Add(speaker.ActorId, speaker.Entry?.ActorNumber ?? knowledge.ActorNumberOf(speaker.ActorId), ParticipantRole.Participant, speaker.Sentence);
            if (speaker.Entry is { AgencyCountryId: { } country } entry)
            {
                builder.Add(country, entry.AgencyCountryNumber, ParticipantRole.Participant, speaker.Sentence);
            }
        }
    }
}
