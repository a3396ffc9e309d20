using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;

namespace Graph.Core.Curation;

/// <summary>The checks of the edits that act on one actor's part in one event.</summary>
public static partial class EditChecker
{
    private static CurationEdit? CheckParticipation(IReportStore store, IEditLog log, IReadOnlyList<StoredEdit> edits, EditKind kind, EditInput input, Dictionary<string, string[]> errors)
    {
        var reportId = input.EventId is { } eventId ? log.ReportOfEvent(eventId) : null;
        if (reportId is not { } rid || store.FindReport(rid) is not { } report)
        {
            errors["eventId"] = [$"No event has the id '{input.EventId}'."];
            return null;
        }

        var curated = CurationApplier.Apply(store.LoadDataset(new EventQuery(ReportId: rid, Uncurated: true)), edits);
        var cooperation = curated.Events.First(e => e.Id == input.EventId);
        var actor = input.Actor?.Trim();
        if (actor is null || curated.Actors.All(a => a.Id != actor))
        {
            errors["actor"] = [$"No actor has the id '{input.Actor}' (after the edits so far)."];
            return null;
        }

        var taking = cooperation.Participants.FirstOrDefault(p => p.ActorId == actor);
        var target = new CurationEdit(kind, Actor: actor, Report: report.Summary.ContentHash, Event: cooperation.Ordinal);
        if (kind != EditKind.AddParticipation)
        {
            if (taking is null)
            {
                errors["actor"] = [$"'{actor}' takes no part in event {input.EventId}: add the participation instead."];
                return null;
            }

            return target;
        }

        if (taking is not null)
        {
            errors["actor"] = [$"'{actor}' already takes part in event {input.EventId}."];
            return null;
        }

        return WithSentence(target, report.Text, input, errors);
    }

    private static CurationEdit? WithSentence(CurationEdit target, string text, EditInput input, Dictionary<string, string[]> errors)
    {
        var role = ParticipantRole.Participant;
        if (input.Role is not null && !RoleNames.All.Contains(input.Role.Trim().ToLowerInvariant()))
        {
            errors["role"] = [$"Unknown role '{input.Role}'. Known: {string.Join(", ", RoleNames.All)}."];
        }
        else if (input.Role is not null)
        {
            role = RoleNames.Parse(input.Role.Trim().ToLowerInvariant());
        }

        if (input is not { SentenceStart: { } start, SentenceLength: { } length }
            || start < 0 || length < 1 || length > MaxSentence || (long)start + length > text.Length)
        {
            errors["sentenceStart"] = [$"Give the supporting sentence as sentenceStart and sentenceLength inside the report's {text.Length} characters (at most {MaxSentence} long)."];
            return null;
        }

        if (string.IsNullOrWhiteSpace(text.Substring(start, length)))
        {
            errors["sentenceStart"] = ["The span holds only white space: give the sentence that says the actor took part."];
            return null;
        }

        return errors.Count > 0 ? null : target with { Role = role, Sentence = new TextSpan(start, length), Quote = text.Substring(start, length) };
    }
}
