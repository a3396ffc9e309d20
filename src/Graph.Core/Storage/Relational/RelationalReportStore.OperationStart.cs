using Graph.Core.Network.Aggregates;
using Graph.Core.Operations;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// Most events start an operation of their own. What such an operation gives the <c>operations:</c>
/// tallies is counted from the event as the report's write holds it, not read back from the database,
/// and in a batched write it is summed with the batch's other rows.
/// </summary>
public abstract partial class RelationalReportStore
{
    private static void StartOperation(WriteSession session, EventFacts facts, TallyEvent saved, Func<string, ActorFacts?> actors)
    {
        var started = WriteProfile.Now();

        // As ContributeOperation reads it: dated by the report, and undated when the event has no participant.
        var date = saved.Participants.Count == 0 ? null : facts.Date;
        var operation = session.Scalar<long>("INSERT INTO operations (first_date) VALUES (@date) RETURNING id", ("@date", IsoDate.Format(date)));
        AddOperationEvent(session, facts, operation, OperationLink.Alone);
        var (nodes, edges) = OperationTallies.Of(date, [[saved]], actors);
        nodes = [.. nodes.Select(n => n with { Reports = 1 })];
        edges = [.. edges.Select(e => e with { Reports = 1 })];
        if (session.Batch is { } batch)
        {
            batch.StageMore(nodes, edges);
        }
        else
        {
            AddTallies(session, nodes, edges);
        }

        WriteProfile.Lap(WritePhase.NewOperation, started);
    }

    /// <summary>
    /// Writes the rows a batched write has summed and staged so far under the keys given (view, crime area,
    /// period, ends; a node's target empty), so the rows a retraction subtracts from, deletes and reads
    /// the first appearance of are whole. The batch's other rows stay summed in memory: what the linker
    /// adds elsewhere is a sum, the same in whichever order it reaches the row.
    /// </summary>
    private static void FlushBatch(WriteSession session, IEnumerable<EdgeTally> given)
    {
        if (session.Batch is { } batch)
        {
            var started = WriteProfile.Now();
            var (nodes, edges) = batch.Flush(given.Select(g => (g.Projection, g.CrimeArea, g.Period, g.Source, g.Target)).ToHashSet());
            AddTallies(session, nodes, edges);
            WriteProfile.Lap(WritePhase.BatchFlush, started);
        }
    }
}
