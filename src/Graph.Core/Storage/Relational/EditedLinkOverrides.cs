using Graph.Core.Curation;
using Graph.Core.Operations;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The link and unlink edits in force, as the linker asks for them: per event, the events it must join
/// or stay apart from. A decision on a report and an operation pairs each event of that report with one
/// event of every operation the key names (its name, or the events of the report that anchors it), and
/// the other way round, so it holds whichever side is linked first. The edits are read once per write,
/// inside its transaction, so an edit appended in it is already obeyed.
/// </summary>
internal sealed class EditedLinkOverrides(WriteSession session) : IOperationLinkOverrides
{
    private IReadOnlyList<OperationLinkDecision>? _decisions;

    public IReadOnlyList<LinkOverride> For(long eventId)
    {
        _decisions ??= OperationLinks.Decisions(RelationalReportStore.ReadLinkEdits(session));
        if (_decisions.Count == 0)
        {
            return [];
        }

        var own = session.Read("SELECT r.content_hash, e.name FROM events e JOIN reports r ON r.id = e.report_id WHERE e.id = @id",
            r => (Hash: r.GetString(0), Name: Sql.Text(r, 1)), ("@id", eventId));
        if (own.Count == 0)
        {
            return [];
        }

        var (hash, name) = own[0];
        var key = OperationKey.OfName(name);
        var overrides = new List<LinkOverride>();
        foreach (var d in _decisions)
        {
            var others = d.ReportHash == hash ? Told(d.Operation, hash)
                : (d.Operation == key && !Unlinked(hash, key)) || OperationKey.AnchorReport(d.Operation) == hash ? EventsOf(d.ReportHash)
                : [];
            var why = $"{(d.Linked ? "linked" : "kept apart")} by {d.Author} (edit {d.EditId}): {d.Reason}";
            overrides.AddRange(others.Where(o => o != eventId).Select(o => new LinkOverride(eventId, o, d.Linked, why)));
        }

        return overrides;
    }

    // A report unlinked from a name it gives itself no longer tells that operation.
    private bool Unlinked(string reportHash, string operation) =>
        _decisions!.Any(d => !d.Linked && d.ReportHash == reportHash && d.Operation == operation);

    // One linked event of each operation the key names, none of them the deciding report's own nor one unlinked from it.
    private List<long> Told(string operation, string except) => OperationKey.AnchorReport(operation) is { } anchor
        ? anchor == except ? [] : EventsOf(anchor)
        : [.. session.Read("""
            SELECT oe.event_id, oe.operation_id, r.content_hash FROM operation_events oe JOIN reports r ON r.id = oe.report_id
            WHERE oe.name_key = @key AND r.content_hash <> @except
            """, r => (Event: Sql.Long(r, 0), Operation: Sql.Long(r, 1), Hash: r.GetString(2)), ("@key", operation), ("@except", except))
            .Where(e => !Unlinked(e.Hash, operation)).GroupBy(e => e.Operation).Select(g => g.Min(e => e.Event))];

    private List<long> EventsOf(string reportHash) =>
        session.Read("SELECT e.id FROM events e JOIN reports r ON r.id = e.report_id WHERE r.content_hash = @hash ORDER BY e.id",
            r => Sql.Long(r, 0), ("@hash", reportHash));
}
