using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    /// <summary>
    /// Session 37: an event no cue gives a lead is led by the body the text names as its operation's owner by kind or by pronoun
    /// ("A gendarmerie operation, named …", "Dubai Police announced that its operation …", "an investigation it led", "described
    /// the operation as its own"; see <see cref="RoleReader.OwnersOfOperation"/>), as "INTERPOL's Operation X" makes INTERPOL lead.
    /// An event that already has a lead keeps it alone: there the owner told so is a side's own part of the work.
    /// </summary>
    private static void PromoteOwners(
        List<(EventBuilder Builder, string ActorId)>? owners,
        List<(EventBuilder Builder, NationalityLead Kind)>? ownerKinds,
        IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences)
    {
        if (owners is null && ownerKinds is null)
        {
            return;
        }

        // Asked before any is promoted, so that two owners of one event both lead it.
        var leaderless = new HashSet<EventBuilder>();
        foreach (var builder in (owners ?? []).Select(o => o.Builder).Concat((ownerKinds ?? []).Select(o => o.Builder)))
        {
            if (!builder.HasLead)
            {
                leaderless.Add(builder);
            }
        }

        foreach (var (builder, actorId) in owners ?? [])
        {
            if (leaderless.Contains(builder))
            {
                builder.PromoteToLead([actorId]);
            }
        }

        NationalityLeadResolver? byKind = null;
        foreach (var (builder, kind) in ownerKinds ?? [])
        {
            if (leaderless.Contains(builder))
            {
                (byKind ??= new()).Expect(builder, kind);
            }
        }

        byKind?.Resolve(sentences, _ => null);
    }
}
