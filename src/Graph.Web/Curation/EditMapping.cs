using Graph.Core.Curation;
using Graph.Core.Vocabulary;

namespace Graph.Web.Curation;

/// <summary>Edits to their wire shape.</summary>
public static class EditMapping
{
    public static EditDto ToDto(this StoredEdit stored, IReadOnlySet<long> undone)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(undone);
        var e = stored.Edit;
        return new EditDto(stored.Id, stored.Time, stored.Author, stored.Reason, e.Kind.Name(), !undone.Contains(stored.Id),
            e.Actor, e.Other, e.Name, e.Alias, e.NewActor, e.Country, e.Report, e.Event, e.Role is { } role ? RoleNames.Of(role) : null,
            e.Sentence?.Start, e.Sentence?.Length, e.Quote, e.Operation, e.Undoes);
    }
}
