using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Storage.Relational;
using Npgsql;

namespace Graph.Core.Storage.Postgres;

/// <summary>
/// Issue 10 (several importers into one database): a write takes its row locks in one order every writer follows.
/// A batch used to lock shared rows report by report: two importers taking the same reports in opposite orders
/// locked actor A then B and B then A, and deadlocked past the retries. Now every write first locks, in key order,
/// what its reports share with other writers before any report is written: the actors (upserted in one statement,
/// sorted by id: a new one inserted with the facts its first report gives, a known one locked and left as it is) and,
/// for a report naming no actor, its text's hash (an advisory lock; a text with actors is guarded by their rows,
/// which any writer of the same text must lock first). Tally names are added in transactions of their own, so no
/// writer holds one; the summed tally rows and the link totals their trigger keeps go in key order, one statement each;
/// operations, which a write links in the order it meets them, are linked by one write at a time (an advisory lock).
/// De-duplication still rests on the unique keys and <c>ON CONFLICT</c>: the locks only order the waits.
/// </summary>
public sealed partial class PostgresReportStore
{
    // The advisory lock class of report texts (pg_advisory_xact_lock's two-key space, apart from the migration's one key).
    private const int TextLocks = 7420131;

    // The advisory lock class of the end-of-import link, one linker at a time.
    private const int LinkLocks = 7420132;

    // Known actors are locked and not changed (the per-report upsert then sets a missing country as before); RETURNING
    // nothing keeps it a statement whose answer is not read.
    private const string LockActors = """
        INSERT INTO actors (id, kind, name, country_code)
        SELECT id, kind, name, country FROM unnest(@ids, @kinds, @names, @countries) AS a (id, kind, name, country) ORDER BY id COLLATE "C"
        ON CONFLICT (id) DO UPDATE SET country_code = actors.country_code WHERE false
        """;

    // Read, not held in a pipeline: held statements must answer no rows.
    private const string LockTexts = """
        SELECT pg_advisory_xact_lock(@class, k) FROM (SELECT k FROM unnest(@keys) AS k ORDER BY k) AS sorted
        """;

    /// <inheritdoc />
    private protected override void LockInKeyOrder(WriteSession session, IReadOnlyList<(ReportSubmission Submission, ReportExtraction Extraction)> reports)
    {
        var texts = reports.Where(r => r.Extraction.Actors.Count == 0)
            .Select(r => int.Parse(ContentHash(r.Submission.Text).AsSpan(0, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .Distinct().Order().ToArray();
        if (texts.Length > 0)
        {
            session.Read(LockTexts, _ => 0, ("@class", TextLocks), ("@keys", texts));
        }

        // Each actor as the first report naming it gives it, as the per-report upsert would insert it.
        var actors = new SortedDictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in reports.SelectMany(r => r.Extraction.Actors))
        {
            actors.TryAdd(actor.Id, actor);
        }

        if (actors.Count > 0)
        {
            session.Execute(LockActors,
                ("@ids", actors.Keys.ToArray()),
                ("@kinds", actors.Values.Select(a => a.Kind == ActorKind.Country ? "country" : "agency").ToArray()),
                ("@names", actors.Values.Select(a => a.Name).ToArray()),
                ("@countries", actors.Values.Select(a => a.CountryCode).ToArray()));
        }

        // A write that links its events as it stores them reads the operations stored so far and joins, merges and retracts
        // them report by report, in no key order: such writes link one at a time, each after the last committed, as the
        // end-of-import link does. The lock comes after the actors', which a writer holding it has all taken.
        if (!session.LeavesLinks && reports.Any(r => r.Extraction.Events.Count > 0))
        {
            LockLinking(session);
        }
    }

    /// <inheritdoc />
    /// <remarks>An actor a stored report names has its name among its aliases; one without was inserted by the lock alone, for a refused report.</remarks>
    private protected override void RemoveRowsOnlyLocked(WriteSession session, IReadOnlyList<(ReportSubmission Submission, ReportExtraction Extraction)> reports) =>
        session.Execute("""
            DELETE FROM actors AS a WHERE a.id = ANY(@ids) AND NOT EXISTS (SELECT 1 FROM actor_aliases AS l WHERE l.actor_id = a.id)
                AND NOT EXISTS (SELECT 1 FROM mentions AS m WHERE m.actor_id = a.id) AND NOT EXISTS (SELECT 1 FROM participations AS p WHERE p.actor_id = a.id)
            """,
            ("@ids", reports.SelectMany(r => r.Extraction.Actors).Select(a => a.Id).Distinct(StringComparer.Ordinal).ToArray()));

    /// <inheritdoc />
    private protected override void LockLinking(WriteSession session) =>
        session.Read("SELECT pg_advisory_xact_lock(@class, 0)", _ => 0, ("@class", LinkLocks));

    /// <inheritdoc />
    private protected override Func<IReadOnlyList<string>, IEnumerable<(string Name, int Id)>>? NamesApart => AddNames;

    // Committed at once: a name nobody's rows use is harmless, and no writer waits on another's uncommitted name. Known
    // names are read first (an insert that meets a known name still spends an identity value); new ones go in in name
    // order, in one statement, and any another writer added meanwhile are read again.
    private List<(string Name, int Id)> AddNames(IReadOnlyList<string> names)
    {
        using var connection = _dataSource.OpenConnection();
        var ids = ReadNames(connection, "SELECT name, id FROM tally_names WHERE name = ANY($1::text[])", [.. names]);
        if (ids.Count < names.Count)
        {
            var known = ids.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
            var added = ReadNames(connection, """
                INSERT INTO tally_names (name) SELECT n FROM unnest($1::text[]) AS n ORDER BY n COLLATE "C"
                ON CONFLICT (name) DO NOTHING RETURNING name, id
                """, [.. names.Where(n => !known.Contains(n))]);
            ids.AddRange(added);
            if (ids.Count < names.Count)
            {
                known.UnionWith(added.Select(n => n.Name));
                ids.AddRange(ReadNames(connection, "SELECT name, id FROM tally_names WHERE name = ANY($1::text[])", [.. names.Where(n => !known.Contains(n))]));
            }
        }

        return ids;
    }

    private static List<(string Name, int Id)> ReadNames(NpgsqlConnection connection, string sql, string[] names)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = names });
        using var reader = command.ExecuteReader();
        var ids = new List<(string, int)>(names.Length);
        while (reader.Read())
        {
            ids.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return ids;
    }
}
