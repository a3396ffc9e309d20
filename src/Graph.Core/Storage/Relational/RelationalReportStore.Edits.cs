using System.Data.Common;
using System.Globalization;
using Graph.Core.Curation;

namespace Graph.Core.Storage.Relational;

/// <summary>The append-only log of curation edits, kept in the <c>edits</c> table.</summary>
public abstract partial class RelationalReportStore : IEditLog
{
    /// <inheritdoc />
    public IReadOnlyList<StoredEdit> ReadEdits()
    {
        using var connection = Open();
        return ReadEdits(connection, null);
    }

    /// <inheritdoc />
    public StoredEdit AppendEdit(CurationEdit edit, string author, string reason)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var time = DateTimeOffset.UtcNow;
        return Write(session =>
        {
            var id = session.Scalar<long>("""
                INSERT INTO edits (created_at, author, reason, kind, body) VALUES (@time, @author, @reason, @kind, @body) RETURNING id
                """,
                ("@time", time.ToString("O", CultureInfo.InvariantCulture)), ("@author", author), ("@reason", reason),
                ("@kind", edit.Kind.Name()), ("@body", EditJson.Write(edit)));
            RelinkAfter(session, edit);
            return new StoredEdit(id, time, author, reason, edit);
        }, _ => true);
    }

    /// <inheritdoc />
    public long? ReportOfEvent(long eventId)
    {
        using var connection = Open();
        return Sql.Scalar<long?>(connection, "SELECT report_id FROM events WHERE id = @id", null, ("@id", eventId));
    }

    private static List<StoredEdit> ReadEdits(DbConnection connection, DbTransaction? transaction) =>
        Sql.Read(connection, transaction, "SELECT id, created_at, author, reason, body FROM edits ORDER BY id", ReadEdit);

    private static StoredEdit ReadEdit(DbDataReader r) => new(
        Sql.Long(r, 0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetString(3), EditJson.Read(r.GetString(4)));
}
