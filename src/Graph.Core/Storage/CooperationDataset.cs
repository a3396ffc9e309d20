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
    /// <summary>A dataset with nothing in it.</summary>
    public static CooperationDataset Empty { get; } = new([], [], []);
}
