namespace Graph.Core.Storage;

/// <summary>
/// A store that can read just the part of its dataset some curation edits reach, so a curated view is
/// the stored tallies with only that part counted again instead of a recount of every event.
/// </summary>
public interface ICurationScope
{
    /// <summary>
    /// Every actor, and the events as extracted (with their reports) of each counting unit that has an
    /// event in which one of <paramref name="actorIds"/> takes part or that comes from one of
    /// <paramref name="reportHashes"/>: whole reports, or with <paramref name="byOperation"/> whole
    /// operations (an event linked to none stands with its report).
    /// </summary>
    CooperationDataset LoadTouched(IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> reportHashes, bool byOperation);
}
