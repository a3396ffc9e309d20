using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>
/// Everything the network is built from, read from the store in one go: actors, reports and events.
/// </summary>
public sealed record CooperationDataset(
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ReportSummary> Reports,
    IReadOnlyList<StoredEvent> Events)
{
    /// <summary>Actors a curation edit changed or confirmed (empty for a dataset read without edits).</summary>
    public IReadOnlySet<string> CuratedActors { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A dataset with nothing in it.</summary>
    public static CooperationDataset Empty { get; } = new([], [], []);
}
