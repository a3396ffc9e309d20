namespace Graph.Core.Storage.Relational;

/// <summary>
/// The database's state as one write transaction found it: the connection it wrote through, that
/// connection's count of commits made by other connections (SQLite's <c>data_version</c>), and how many
/// connections the store had opened. The next write shows <see cref="Next"/> only when it writes through
/// the same connection, nothing else committed, and the store opened no other connection in between.
/// </summary>
internal sealed record WriteMark(object Connection, long OtherCommits, long Opened)
{
    /// <summary>The mark the next write shows when nothing came between: one more connection opened, its own.</summary>
    public WriteMark Next() => this with { Opened = Opened + 1 };
}
