namespace Graph.Core.Curation;

/// <summary>
/// The append-only log of curation edits a store keeps beside its reports. Nothing in it is changed or
/// removed: an undo is one more edit. Appending moves the store's version, so built networks are rebuilt.
/// </summary>
public interface IEditLog
{
    /// <summary>Every edit, oldest first.</summary>
    IReadOnlyList<StoredEdit> ReadEdits();

    /// <summary>Appends a checked edit (see <see cref="EditChecker"/>) and returns it as stored.</summary>
    StoredEdit AppendEdit(CurationEdit edit, string author, string reason);

    /// <summary>The report an event belongs to, or null when no event has this id.</summary>
    long? ReportOfEvent(long eventId);
}
