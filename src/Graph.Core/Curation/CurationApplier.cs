using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Curation;

/// <summary>
/// Applies the edits in force to a dataset as extracted, so the network, its evidence and its exports
/// are built from the curated data while the extraction itself stays untouched. Edits act in the order
/// they were made: actor edits rename, merge and split actors (moving participations as they go), and
/// participation edits confirm, drop, re-role or add one actor's part in one event. Touched participations
/// and actors are marked curated. Applying no edits returns the dataset itself.
/// </summary>
public static class CurationApplier
{
    /// <summary>The dataset as the edits of <paramref name="log"/> in force leave it.</summary>
    /// <example><code>var curated = CurationApplier.Apply(store.LoadDataset(new EventQuery(Uncurated: true)), log.ReadEdits());</code></example>
    public static CooperationDataset Apply(CooperationDataset dataset, IReadOnlyList<StoredEdit> log)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(log);
        var edits = EffectiveEdits.Of(log).Where(e => !e.Edit.Kind.IsOperationLink()).ToList();
        if (edits.Count == 0)
        {
            return dataset;
        }

        var book = new ActorBook(dataset.Actors);
        foreach (var edit in edits.Where(e => e.Edit.Kind.IsActor()))
        {
            book.Apply(edit);
        }

        var byEvent = edits.Where(e => e.Edit.Kind.IsParticipation()).ToLookup(e => (e.Edit.Report, e.Edit.Event ?? 0));
        var moved = book.Rules.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var hashes = dataset.Reports.ToDictionary(r => r.Id, r => r.ContentHash);
        var events = new List<StoredEvent>(dataset.Events.Count);
        foreach (var e in dataset.Events)
        {
            var own = hashes.TryGetValue(e.ReportId, out var hash) ? byEvent[(hash, e.Ordinal)].ToList() : [];
            events.Add(own.Count == 0 && !e.Participants.Any(p => moved.Contains(p.ActorId)) ? e : Curate(e, book.Rules, own));
        }

        foreach (var edit in edits.Where(e => e.Edit.Kind.IsParticipation() && e.Edit.Actor is not null))
        {
            book.MarkCurated(edit.Edit.Actor!);
        }

        return new CooperationDataset(book.All, dataset.Reports, events) { CuratedActors = book.Curated };
    }

    private static StoredEvent Curate(StoredEvent e, List<ActorRule> rules, List<StoredEdit> own)
    {
        var participants = e.Participants.ToList();
        var (r, o) = (0, 0);
        while (r < rules.Count || o < own.Count)
        {
            if (o >= own.Count || (r < rules.Count && rules[r].EditId < own[o].Id))
            {
                Move(participants, rules[r++]);
            }
            else
            {
                Change(participants, own[o++].Edit);
            }
        }

        return e with { Participants = participants };
    }

    private static void Move(List<StoredParticipation> participants, ActorRule rule)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            if (rule.Moves(p.ActorId, p.Sentence))
            {
                var first = participants.FindIndex(q => q.ActorId == rule.To);
                if (first >= 0 && first != i)
                {
                    // The event already had the actor the participation moves to: one participation, lead if either led.
                    var led = participants[first].Role == ParticipantRole.Lead || p.Role == ParticipantRole.Lead;
                    participants[first] = participants[first] with { Role = led ? ParticipantRole.Lead : ParticipantRole.Participant, Curated = true };
                    participants.RemoveAt(i--);
                }
                else
                {
                    participants[i] = p with { ActorId = rule.To, Curated = true };
                }
            }
        }
    }

    private static void Change(List<StoredParticipation> participants, CurationEdit edit)
    {
        var at = participants.FindIndex(p => p.ActorId == edit.Actor);
        switch (edit.Kind)
        {
            case EditKind.AddParticipation when at < 0 && edit is { Actor: { } actor, Sentence: { } span }:
                participants.Add(new StoredParticipation(actor, edit.Role ?? ParticipantRole.Participant, edit.Quote ?? "", span, Curated: true));
                break;
            case EditKind.RejectParticipation when at >= 0:
                participants.RemoveAt(at);
                break;
            case EditKind.RejectRole when at >= 0:
                var flipped = participants[at].Role == ParticipantRole.Lead ? ParticipantRole.Participant : ParticipantRole.Lead;
                participants[at] = participants[at] with { Role = flipped, Curated = true };
                break;
            case EditKind.ConfirmParticipation or EditKind.ConfirmRole when at >= 0:
                participants[at] = participants[at] with { Curated = true };
                break;
        }
    }
}
