namespace Graph.Core.Storage;

/// <summary>
/// A store that can answer a bounded picture of a tallied view without loading all its edges: the
/// node totals first, then only the edges among the nodes the picture keeps, both from one snapshot
/// of the tallies.
/// </summary>
public interface IPictureTallies
{
    /// <summary>
    /// Reads the totals of <paramref name="scope"/>, hands them to <paramref name="choose"/>, and reads
    /// the edge tallies of the scope whose two ends are both among the nodes it returned, all from one
    /// snapshot, so the edges agree with the totals.
    /// </summary>
    /// <param name="scope">Projection, crime area and periods.</param>
    /// <param name="choose">Picks the nodes whose edges among themselves are wanted.</param>
    /// <param name="kept">
    /// For an all-time scope, the totals kept from an earlier read of it: brought up to this snapshot
    /// (only the edges new reports could have changed re-read when that is exact) and summed from, instead
    /// of every edge of the scope. Null sums every edge.
    /// </param>
    /// <param name="counted">
    /// For a scope of months, tallies counted outside the store (the days a date range cuts out of a month,
    /// recounted from their events), perhaps still being counted while the store reads its own rows: awaited once
    /// those are read, then added to the scope's: their nodes to the node tallies, their edges to the link totals
    /// (a pair already among the scope's edges is no new neighbour) and to the edges among the chosen nodes. Null
    /// adds none.
    /// </param>
    /// <returns>
    /// The totals, and the edge tallies among the chosen nodes: one per edge (over a scope of months, its months'
    /// rows summed in month order, labelled with the first month), then the counted ones.
    /// </returns>
    (TallyTotals Totals, IReadOnlyList<EdgeTally> Edges) ReadPictureTallies(
        TallyScope scope, Func<TallyTotals, IReadOnlyCollection<string>> choose, KeptLinkTotals? kept = null, Task<TallySet>? counted = null);

    /// <summary>
    /// The actors as one snapshot holds them, with that snapshot's mark. Given the mark of an earlier read, when only
    /// new reports moved the store since, only the actors those reports name: a report adds actors, or gives a country to
    /// one that lacked it, and changes no other. Otherwise (no mark, an edit, fewer reports, too many) every actor,
    /// flagged <c>Whole</c>.
    /// </summary>
    /// <param name="since">The mark of the caller's earlier read, or null.</param>
    (StoreMark Mark, bool Whole, IReadOnlyList<Model.Actor> Actors) ReadActorsSince(StoreMark? since);

    /// <summary>
    /// The events of the reports dated from <paramref name="from"/> to <paramref name="to"/> (of one crime area, or of all
    /// when <paramref name="crimeArea"/> is null), in id order, uncurated, with only what a tally counts: what
    /// <see cref="IReportStore.LoadDataset(EventQuery)"/> would give for the same query without the report texts, quotes,
    /// actors and edits. A date range's cut days are counted again from these.
    /// </summary>
    IReadOnlyList<DayEvent> ReadDayEvents(DateOnly from, DateOnly to, string? crimeArea);
}
