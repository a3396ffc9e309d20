using System.Globalization;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// How many megabytes of pages each SQLite connection may keep in its own cache (<c>PRAGMA cache_size</c>),
/// set by <see cref="Setting"/>. The cache grows only as pages are read, so a small store never fills it.
/// </summary>
public static class SqliteCache
{
    /// <summary>The setting's name (<c>Graph__SqliteCacheMegabytes</c> in the environment).</summary>
    public const string Setting = "Graph:SqliteCacheMegabytes";

    /// <summary>
    /// The server's default: it holds a connection per concurrent request, each with its own cache, and
    /// reads a view's tallies once per store version, so it keeps the memory for its cached answers.
    /// </summary>
    public const int ServerMegabytes = 64;

    /// <summary>
    /// The bulk importer's default (<c>graph import</c>, <c>bench-import</c>): one writing connection, whose
    /// transaction must hold every page a batch changes; when they do not fit, SQLite spills changed pages
    /// to the WAL in mid-transaction and writes them again at commit.
    /// </summary>
    public const int ImportMegabytes = 1024;

    /// <summary>
    /// How far the bulk importer lets its WAL grow before copying it into the database (SQLite's own default is
    /// 1,000 pages, 4 MB): a page that many batches change is copied once per checkpoint rather than once per
    /// batch. At 40,000 generated reports in batches of 5,000 the importer wrote 0.74 rather than 1.43 GB; at 100,000 on
    /// disk, 5.15 rather than 7.67 GB, the wall time level (the file then fits the OS's cache).
    /// The WAL file keeps its largest size until the last connection closes.
    /// </summary>
    public const int ImportCheckpointMegabytes = 1024;

    /// <summary>The megabytes <paramref name="configured"/> names, or <paramref name="fallback"/> when it is empty.</summary>
    /// <exception cref="ArgumentException">The value is not a whole number of megabytes from 2 to 1,048,576.</exception>
    public static int Megabytes(string? configured, int fallback)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return fallback;
        }

        return int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes) && megabytes is >= 2 and <= 1_048_576
            ? megabytes
            : throw new ArgumentException($"{Setting} must be a whole number of megabytes from 2 to 1048576, not '{configured}'.");
    }
}
