using System.Diagnostics;
using System.Globalization;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Bench;

/// <summary>
/// What <c>synchronous=FULL</c> costs against <c>NORMAL</c> in WAL mode, for transactions shaped like a
/// stored report (one report row with 2 KB of text and 15 mention rows, as the schema now stores them: offsets only), committed one at a time as the
/// API does. The two modes alternate round by round so both see the same machine load; medians printed.
/// </summary>
internal static class DurabilityBench
{
    private const int Rounds = 3;
    private const int Commits = 400;

    public static int Run(string folder)
    {
        Directory.CreateDirectory(folder);
        var results = new Dictionary<string, List<double>> { ["FULL"] = [], ["NORMAL"] = [] };
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var mode in results.Keys)
            {
                results[mode].Add(MillisecondsPerCommit(folder, mode, round));
            }
        }

        Console.WriteLine($"durability bench: {Commits} report-sized commits per run, {Rounds} runs per mode, folder {Path.GetFullPath(folder)}");
        foreach (var (mode, runs) in results)
        {
            var median = runs.Order().ElementAt(runs.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"synchronous={mode,-6} median {median:F2} ms per commit ({1000 / median:F0} commits/s); runs: {string.Join(", ", runs.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}"));
        }

        return 0;
    }

    private static double MillisecondsPerCommit(string folder, string mode, int round)
    {
        var file = Path.Combine(folder, $"durability-{mode.ToLowerInvariant()}-{round}.db");
        Delete(file);
        _ = new SqliteReportStore($"Data Source={file}"); // the real schema, in WAL mode
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        Execute(connection, $"PRAGMA synchronous={mode}");
        var text = string.Concat(Enumerable.Repeat("Officers of several agencies cooperated in the operation. ", 35));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Commits; i++)
        {
            using var transaction = connection.BeginTransaction();
            using var report = connection.CreateCommand();
            report.Transaction = transaction;
            report.CommandText = "INSERT INTO reports (title, text, content_hash, created_at) VALUES ($t, $x, $h, $c) RETURNING id";
            report.Parameters.AddWithValue("$t", $"bench {i}");
            report.Parameters.AddWithValue("$x", text + i);
            report.Parameters.AddWithValue("$h", $"{mode}-{round}-{i}");
            report.Parameters.AddWithValue("$c", DateTimeOffset.UtcNow.ToString("O"));
            var id = (long)report.ExecuteScalar()!;
            Execute(connection, "INSERT OR IGNORE INTO actors (id, kind, name) VALUES ('agency:bench', 'agency', 'Bench')", transaction);
            for (var m = 0; m < 15; m++)
            {
                Execute(connection, $"INSERT INTO mentions (report_id, actor_id, start, length, sentence_start, sentence_length) " +
                    $"VALUES ({id}, 'agency:bench', {m * 10}, 5, 0, 60)", transaction);
            }

            transaction.Commit();
        }

        var perCommit = watch.Elapsed.TotalMilliseconds / Commits;
        connection.Close();
        Delete(file);
        return perCommit;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static void Delete(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
