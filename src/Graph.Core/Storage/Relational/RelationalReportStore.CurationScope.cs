namespace Graph.Core.Storage.Relational;

/// <summary>The part of the dataset curation edits reach, read for the curated tallies (see <see cref="ICurationScope"/>).</summary>
public abstract partial class RelationalReportStore : ICurationScope
{
    /// <inheritdoc />
    public CooperationDataset LoadTouched(IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> reportHashes, bool byOperation)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(reportHashes);
        var parameters = new List<(string, object?)>();
        var actors = actorIds.Count == 0 ? "NULL" : InList("a", actorIds, parameters);
        var hashes = reportHashes.Count == 0 ? "NULL" : InList("h", reportHashes, parameters);
        var touched = $"""
            SELECT p.event_id FROM participations p WHERE p.actor_id IN ({actors})
            UNION SELECT t.id FROM events t JOIN reports tr ON tr.id = t.report_id WHERE tr.content_hash IN ({hashes})
            """;
        var where = byOperation
            ? $"""
                WHERE e.id IN (SELECT oe.event_id FROM operation_events oe WHERE oe.operation_id IN
                    (SELECT o.operation_id FROM operation_events o WHERE o.event_id IN ({touched})))
                OR e.report_id IN (SELECT u.report_id FROM events u WHERE u.id IN ({touched})
                    AND NOT EXISTS (SELECT 1 FROM operation_events x WHERE x.event_id = u.id))
                """
            : $"WHERE e.report_id IN (SELECT u.report_id FROM events u WHERE u.id IN ({touched}))";
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var events = ReadEvents(connection, transaction, where, [.. parameters]);
        var all = ReadActors(connection, transaction, "");
        var reports = Sql.Read(connection, transaction,
            $"SELECT {SummaryColumns} FROM reports r WHERE r.id IN (SELECT e.report_id FROM events e JOIN reports r ON r.id = e.report_id {where}) ORDER BY r.id",
            ReadSummary, [.. parameters]);
        transaction.Commit();
        return new CooperationDataset(all, reports, events);
    }
}
