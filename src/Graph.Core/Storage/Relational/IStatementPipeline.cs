using System.Data.Common;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// A row writer that holds back statements whose answer nobody reads (a report's mentions, participations and
/// aliases, savepoints) and sends them in the same round trip as the next statement whose answer is read
/// (PostgreSQL's batches): the statements run in the order they were given, so the rows and ids are those
/// sent one by one would make, and a refusal surfaces at that next statement, inside the same report.
/// </summary>
internal interface IStatementPipeline
{
    /// <summary>Holds <paramref name="sql"/> (no parameters, nothing read back) for the next round trip.</summary>
    void Hold(string sql);

    /// <summary>Holds <paramref name="command"/> as it is bound now (nothing read back) for the next round trip.</summary>
    void Hold(DbCommand command);

    /// <summary>Runs the statements held back, then <paramref name="command"/>; the reader stands on <paramref name="command"/>'s rows.</summary>
    DbDataReader ExecuteReader(DbCommand command);

    /// <summary>Sends whatever is held back (before a commit, or at the end of a report, so its refusal stays its own).</summary>
    void Flush();

    /// <summary>Forgets what is held back (after a rollback to a savepoint: it belonged to the report rolled back).</summary>
    void Discard();
}
