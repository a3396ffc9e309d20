using Graph.Core.Curation;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// Link and unlink edits acted on as they are appended: the operations the decision touches (those of
/// the report's events and those the operation key names) are taken back with their tallies and their
/// events linked again under the edits now in force, in the edit's own transaction. An undo of such an
/// edit does the same, so the rules' own link comes back.
/// </summary>
public abstract partial class RelationalReportStore
{
    /// <summary>The edits that can decide an operation link: links, unlinks and the undos that may reverse them.</summary>
    internal static List<StoredEdit> ReadLinkEdits(WriteSession session) =>
        session.Read($"""
            SELECT id, created_at, author, reason, body FROM edits
            WHERE kind IN ('{EditKind.LinkOperation.Name()}', '{EditKind.UnlinkOperation.Name()}', '{EditKind.Undo.Name()}') ORDER BY id
            """, ReadEdit);

    private static void RelinkAfter(WriteSession session, CurationEdit edit)
    {
        while (edit is { Kind: EditKind.Undo, Undoes: { } target })
        {
            var bodies = session.Read("SELECT body FROM edits WHERE id = @id", r => r.GetString(0), ("@id", target));
            if (bodies.Count == 0)
            {
                return;
            }

            edit = EditJson.Read(bodies[0]);
        }

        if (!edit.Kind.IsOperationLink() || edit.Report is not { } report || edit.Operation is not { } operation)
        {
            return;
        }

        var anchor = OperationKey.AnchorReport(operation);
        var touched = session.Read("""
            SELECT DISTINCT oe.operation_id FROM operation_events oe JOIN reports r ON r.id = oe.report_id
            WHERE r.content_hash = @report OR r.content_hash = @anchor OR oe.name_key = @key
            """, r => Sql.Long(r, 0), ("@report", report), ("@anchor", anchor), ("@key", anchor is null ? operation : null));
        foreach (var id in touched)
        {
            RecountFirsts(session, id, RetractOperation(session, id));
            session.Execute("DELETE FROM operation_events WHERE operation_id = @id", ("@id", id));
            session.LoneEvents.Clear();
            session.Execute("DELETE FROM operations WHERE id = @id", ("@id", id));
        }

        LinkAll(session);
    }
}
