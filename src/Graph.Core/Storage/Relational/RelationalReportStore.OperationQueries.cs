using Graph.Core.Operations;

namespace Graph.Core.Storage.Relational;

/// <summary>The read side of operations: one operation with its sources and claims.</summary>
public abstract partial class RelationalReportStore
{
    /// <inheritdoc />
    public OperationDetail? FindOperation(long id)
    {
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var links = Sql.Read(connection, transaction, """
            SELECT event_id, rule, matched_event, explanation FROM operation_events WHERE operation_id = @id ORDER BY event_id
            """, r => (Event: Sql.Long(r, 0), Link: new OperationLink(r.GetString(1), r.IsDBNull(2) ? null : Sql.Long(r, 2), r.GetString(3))), ("@id", id))
            .ToDictionary(l => l.Event, l => l.Link);
        if (links.Count == 0)
        {
            transaction.Commit();
            return null;
        }

        var events = ReadEvents(connection, transaction, "WHERE e.id IN (SELECT event_id FROM operation_events WHERE operation_id = @op)", ("@op", id));
        var reports = Sql.Read(connection, transaction,
            $"SELECT {SummaryColumns} FROM reports r WHERE r.id IN (SELECT report_id FROM operation_events WHERE operation_id = @op)", ReadSummary, ("@op", id))
            .ToDictionary(r => r.Id);
        transaction.Commit();
        var dates = events.Select(e => e.Date).OfType<DateOnly>().ToList();
        var name = events.Where(e => e.Name is not null).GroupBy(e => e.Name!).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(e => e.Id))
            .Select(g => g.Key).FirstOrDefault();
        return new OperationDetail(id, name, dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(),
            [.. events.SelectMany(e => e.Participants.Select(p => p.ActorId)).Distinct().Order(StringComparer.Ordinal)],
            [.. events.Select(e => new OperationSource(e.Id, reports[e.ReportId], e.Name, links[e.Id]))],
            OperationClaims.Of(events));
    }

    /// <inheritdoc />
    public long? OperationOf(long eventId)
    {
        using var connection = Open();
        return Sql.Scalar<long?>(connection, "SELECT operation_id FROM operation_events WHERE event_id = @id", null, ("@id", eventId));
    }

    /// <inheritdoc />
    public IReadOnlyList<long> ListOperations()
    {
        using var connection = Open();
        return Sql.Read(connection, "SELECT id FROM operations ORDER BY id", r => Sql.Long(r, 0));
    }
}
