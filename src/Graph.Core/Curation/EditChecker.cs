using System.Globalization;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;

namespace Graph.Core.Curation;

/// <summary>
/// Checks an edit against the data as curated so far (an actor merged away can no longer be renamed,
/// a participation must exist to be rejected) and turns the store's ids into the lasting references of
/// <see cref="CurationEdit"/>. It only reads: a refused edit leaves the store as it was.
/// </summary>
public static partial class EditChecker
{
    private const int MaxReason = 2000;
    private const int MaxName = 200;
    private const int MaxSentence = 4000;

    /// <summary>Checks <paramref name="input"/> against <paramref name="store"/> and its edit log.</summary>
    public static EditCheck Check(IReportStore store, IEditLog log, EditInput input)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Length > MaxReason)
        {
            errors["reason"] = [$"Every edit needs a reason (at most {MaxReason} characters)."];
        }

        if (!EditKinds.TryParse(input.Kind, out var kind))
        {
            errors["kind"] = [$"Unknown edit kind '{input.Kind}'. Known: {string.Join(", ", EditKinds.All)}."];
            return new EditCheck(null, errors);
        }

        var edits = log.ReadEdits();
        var edit = kind switch
        {
            EditKind.Undo => CheckUndo(edits, input, errors),
            EditKind.LinkOperation or EditKind.UnlinkOperation => CheckLink(store, kind, input, errors),
            _ when kind.IsParticipation() => CheckParticipation(store, log, edits, kind, input, errors),
            _ => CheckActor(store, edits, kind, input, errors),
        };
        return errors.Count == 0 ? new EditCheck(edit, errors) : new EditCheck(null, errors);
    }

    private static CurationEdit? CheckActor(IReportStore store, IReadOnlyList<StoredEdit> edits, EditKind kind, EditInput input, Dictionary<string, string[]> errors)
    {
        var curated = CurationApplier.Apply(store.LoadDataset(new EventQuery(ReportId: 0, Uncurated: true)), edits);
        var actors = curated.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        if (Known(actors, input.Actor, "actor", errors) is not { } actor)
        {
            return null;
        }

        switch (kind)
        {
            case EditKind.Merge:
                if (Known(actors, input.Other, "other", errors) is not { } other)
                {
                    return null;
                }

                if (other.Id == actor.Id || other.Kind != actor.Kind)
                {
                    errors["other"] = ["Merge two different actors of the same kind (two agencies or two countries)."];
                    return null;
                }

                return new CurationEdit(kind, Actor: actor.Id, Other: other.Id);
            case EditKind.Split:
                var alias = actor.Aliases.FirstOrDefault(a => string.Equals(a, input.Alias?.Trim(), StringComparison.OrdinalIgnoreCase));
                if (actor.Kind != ActorKind.Agency || alias is null)
                {
                    errors["alias"] = [$"Split takes one of an agency's aliases; '{actor.Id}' has: {string.Join(", ", actor.Aliases)}."];
                    return null;
                }

                var newId = "agency:" + Slug.Of(alias);
                if (newId == "agency:" || actors.ContainsKey(newId) || store.FindActor(newId) is not null)
                {
                    errors["alias"] = [$"'{alias}' would become '{newId}', which is taken: merge instead, or rename first."];
                    return null;
                }

                return new CurationEdit(kind, Actor: actor.Id, Alias: alias, NewActor: newId);
            case EditKind.Rename:
                var name = input.Name?.Trim();
                if (string.IsNullOrEmpty(name) || name.Length > MaxName || name == actor.Name)
                {
                    errors["name"] = [$"Rename needs a new name of 1 to {MaxName} characters, different from '{actor.Name}'."];
                    return null;
                }

                return new CurationEdit(kind, Actor: actor.Id, Name: name);
            default:
                return CheckCountry(actor, input, errors);
        }
    }

    private static CurationEdit? CheckCountry(Actor actor, EditInput input, Dictionary<string, string[]> errors)
    {
        if (actor.Kind != ActorKind.Agency)
        {
            errors["actor"] = ["Only an agency's country can be set; a country is its own."];
            return null;
        }

        var code = string.IsNullOrWhiteSpace(input.Country) ? null : input.Country.Trim().ToUpperInvariant();
        if (code is not null && CountryDirectory.Default.All.All(c => c.Alpha2 != code))
        {
            errors["country"] = [$"'{input.Country}' is no ISO 3166-1 alpha-2 code the product knows; leave it empty for an international body."];
            return null;
        }

        return new CurationEdit(EditKind.SetCountry, Actor: actor.Id, Country: code);
    }

    private static CurationEdit? CheckUndo(IReadOnlyList<StoredEdit> edits, EditInput input, Dictionary<string, string[]> errors)
    {
        if (input.Undoes is not { } target || edits.All(e => e.Id != target))
        {
            errors["undoes"] = [$"No edit has the id '{input.Undoes}'."];
            return null;
        }

        if (EffectiveEdits.UndoneIds(edits).Contains(target))
        {
            errors["undoes"] = [$"Edit {target} is already undone."];
            return null;
        }

        return new CurationEdit(EditKind.Undo, Undoes: target);
    }

    private static CurationEdit? CheckLink(IReportStore store, EditKind kind, EditInput input, Dictionary<string, string[]> errors)
    {
        var report = input.ReportId is { } id ? store.FindReport(id) : null;
        if (report is null)
        {
            errors["reportId"] = [$"No report has the id '{input.ReportId}'."];
        }

        var key = LinkedOperation(store, input.Operation?.Trim(), errors);
        return report is null || key is null ? null
            : new CurationEdit(kind, Report: report.Summary.ContentHash, Operation: key);
    }

    // An operation id (from /api/operations) becomes the key that outlives it; a name is normalised.
    private static string? LinkedOperation(IReportStore store, string? given, Dictionary<string, string[]> errors)
    {
        if (long.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var operationId))
        {
            if (store.FindOperation(operationId) is { } operation)
            {
                return OperationKey.OfName(operation.Name) ?? OperationKey.OfReport(operation.Sources[0].Report.ContentHash);
            }

            errors["operation"] = [$"No operation has the id {operationId}."];
            return null;
        }

        var key = given is { Length: > 0 and <= MaxName } ? OperationKey.AnchorReport(given) is { } hash
            ? (store.ListReports().Any(r => r.ContentHash == hash) ? given : null)
            : OperationKey.OfName(given) : null;
        if (key is null)
        {
            errors["operation"] = [$"Name the operation by its id, its name (1 to {MaxName} characters, e.g. 'Operation Pangea XVI') or 'report:' and the content hash of a stored report that tells it."];
        }

        return key;
    }

    private static Actor? Known(Dictionary<string, Actor> actors, string? id, string field, Dictionary<string, string[]> errors)
    {
        if (id is not null && actors.TryGetValue(id.Trim(), out var actor))
        {
            return actor;
        }

        errors[field] = [$"No actor has the id '{id}' (after the edits so far). Ids look like 'country:ES' or 'agency:interpol'."];
        return null;
    }
}
