using SQLitePCL;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// SQLite's threading mode for this process, set before its first connection opens: multi-thread, where each
/// connection is used by one thread at a time, rather than the library's default, serialized, where SQLite takes a
/// connection's mutex around every call. ADO.NET's connections are not for concurrent use and the pool hands each to
/// one user at a time, so every connection here is one thread's at a time and the mutex only costs: it is taken at each
/// step and at each column read, eleven times a row of a month-range scan of ten columns (at a million reports, 3.8
/// million rows for the actors view over 29 months).
/// </summary>
/// <remarks>
/// SQLite accepts the setting only before it starts. When something in the process opened a connection before any
/// store did (a tool, a test), SQLite refuses it and stays serialized: slower, never wrong.
/// </remarks>
internal static class SqliteThreading
{
    private static readonly bool Set = Configure();

    /// <summary>Whether this process's SQLite runs in multi-thread mode (the first call sets it when it still can).</summary>
    public static bool MultiThread => Set;

    private static bool Configure()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
    }
}
