using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

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

        NationalityLeadResolver? byReference = null;
        foreach (var (builder, kind) in ownerKinds ?? [])
        {
            if (!leaderless.Contains(builder))
            {
                continue;
            }

            if (kind.ReferenceStart < int.MaxValue)
            {
                (byReference ??= new()).Expect(builder, kind); // "the ministry described …": a subject names a body named before it
            }
            else if (kind.Noun is { } noun && OnlyAgencyHolding(sentences, noun) is { } body)
            {
                builder.Add(body.ActorId, body.Entry?.ActorNumber ?? -1, ParticipantRole.Lead, body.Sentence);
            }
        }

        byReference?.Resolve(sentences, _ => null);
    }

    /// <summary>
    /// "A navy operation off the islands …" and, below, "A frigate of the Ecuadorian Navy …": the one agency of the whole report
    /// whose name as written holds the kind's noun; null when none or several do.
    /// </summary>
    private static Mention? OnlyAgencyHolding(IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, string noun)
    {
        Mention? only = null;
        foreach (var (sentence, mentions) in sentences)
        {
            foreach (var mention in mentions)
            {
                if (mention.Kind != ActorKind.Agency || !mention.Span.Slice(sentence.Text).Contains(noun, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (only is { } found && found.ActorId != mention.ActorId)
                {
                    return null;
                }

                only ??= mention;
            }
        }

        return only;
    }

    /// <summary>
    /// Session 37: an event still with no lead once the announcers are read is led by the subject of a deed its opening tells as
    /// done in the operation (see <see cref="RoleReader.FramedDeedOwners"/>): "The Border Service arrested nine people in an
    /// operation along the river". The opening is the event's own sentences among the report's first two closed ones. An event
    /// whose text holds a cue of leading that gave no known body ("bajo la dirección de la UFI N.º 5 … y fue ejecutada por la
    /// Superintendencia") is left alone: a leader is named there, only not read, and the deed's doer may be one that carried it
    /// out under that leader.
    /// </summary>
    private void PromoteFramedDeedOwners(List<EventBuilder> builders, EventBuilder[] builderOf, bool[] background, IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences)
    {
        HashSet<string>? owners = null;
        foreach (var builder in builders)
        {
            if (builder.HasLead || TellsALeadOf(builder, builderOf, background, sentences))
            {
                continue;
            }

            owners ??= new HashSet<string>(StringComparer.Ordinal);
            owners.Clear();
            var closed = 0;
            for (var s = 0; s < sentences.Count && closed < OpeningSentences; s++)
            {
                var (sentence, mentions) = sentences[s];
                if (builderOf[s] == builder && !background[s])
                {
                    _roles.FramedDeedOwners(sentence, mentions, owners);
                }

                if (sentence.Count > 0 && sentence.Word(sentence.Count - 1) is "." or "!" or "?")
                {
                    closed++;
                }
            }

            builder.PromoteToLead(owners);
        }
    }

    private bool TellsALeadOf(EventBuilder builder, EventBuilder[] builderOf, bool[] background, IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            if (builderOf[s] == builder && !background[s] && _roles.TellsALead(sentences[s].Sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 37: an event with no lead is led by the agency joined to its bare operation noun ("an operation by X", "un operativo
    /// de la Guardia Civil"), unless its text holds a cue of leading that gave no known body ("une longue enquête de la Gendarmerie
    /// nationale" and then "pilotée par une cellule d'enquête spécialisée"): the leader is told there, only not read.
    /// </summary>
    private void PromoteAgents(
        List<(EventBuilder Builder, string ActorId)>? agents, EventBuilder[] builderOf, bool[] background, IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences)
    {
        foreach (var (builder, actorId) in agents ?? [])
        {
            if (!builder.HasLead || builder.LeadIds.Contains(actorId, StringComparer.Ordinal))
            {
                if (!TellsALeadOf(builder, builderOf, background, sentences))
                {
                    builder.PromoteToLead([actorId]);
                }
            }
        }
    }
}
