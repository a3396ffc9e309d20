namespace Graph.Core.Storage;

/// <summary>
/// A store that sums the tallies of a range of periods itself, so a reader of a date-filtered view gets
/// one row per node and per edge instead of one per month.
/// </summary>
public interface ITallySums
{
    /// <summary>
    /// The tallies of <paramref name="scope"/> summed over its periods, from one snapshot: one node row per
    /// node and one edge row per pair, in the order each first occurs in the stored rows (by period, then
    /// ends). Counts and Newman weights are added in that order; the first date and key are the earliest
    /// (date, then key). Each row's period is the scope's first period.
    /// </summary>
    /// <param name="scope">Projection, crime area and periods.</param>
    /// <returns>The summed node and edge tallies.</returns>
    TallySet ReadTallySums(TallyScope scope);
}
