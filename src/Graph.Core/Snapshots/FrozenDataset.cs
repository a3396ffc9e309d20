using Graph.Core.Curation;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Snapshots;

/// <summary>
/// The dataset as extracted, with the edit log beside it, as a snapshot keeps it: applying the edits
/// gives the curated dataset every view of the snapshot is built from, whatever the store holds later.
/// </summary>
/// <param name="Actors">Every actor, as extracted.</param>
/// <param name="Reports">Every report, with its content hash.</param>
/// <param name="Events">Every event with its participations and sentences, as extracted.</param>
/// <param name="Edits">The edit log up to the moment of freezing.</param>
public sealed record FrozenDataset(
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ReportSummary> Reports,
    IReadOnlyList<StoredEvent> Events,
    IReadOnlyList<StoredEdit> Edits)
{
    /// <summary>The curated dataset: the edits applied to the extraction.</summary>
    public CooperationDataset Curated() => CurationApplier.Apply(new CooperationDataset(Actors, Reports, Events), Edits);
}
