using System.Runtime.InteropServices;
using Graph.Core.Storage.Relational;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// Steps a query of number columns through SQLite's own prepared statement on the connection's handle (inside the
/// transaction it has open), each value read by position with one call. Microsoft.Data.Sqlite asks SQLite for a
/// value's type before reading it and checks the reader's state on every call: over the ~560,000 month rows of a
/// date-filtered view, more time than SQLite's scan itself. The values are read straight from the SQLite library
/// the provider loaded, by the statement's address held for the whole scan: through the provider each call also
/// took and gave back a reference on the statement's handle and left managed code as for a long call, about as
/// much again as SQLite's own work at 2.4 million rows. The rows are stepped by that address too: the provider's step
/// took and gave back the same reference on every row, about 3 % of a date range's CPU at a million reports.
/// </summary>
internal sealed class SqliteNumberReader : INumberRow
{
    private readonly IntPtr _statement;

    /// <summary>A reader of <paramref name="statement"/>'s stepped rows, used only while its owner holds it open (as within a step's callback).</summary>
    internal SqliteNumberReader(sqlite3_stmt statement)
        : this(statement.DangerousGetHandle())
    {
    }

    private SqliteNumberReader(IntPtr statement) => _statement = statement;

    /// <summary>Runs <paramref name="sql"/> with its named parameters (text or integers) bound, calling <paramref name="each"/> per row.</summary>
    public static void Each(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters, Action<INumberRow> each)
    {
        var handle = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(handle, sql, out var statement);
        using (statement)
        {
            SqliteException.ThrowExceptionForRC(rc, handle);
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                if (index == 0)
                {
                    throw new ArgumentException($"The query has no parameter {name}.", nameof(parameters));
                }

                rc = value switch
                {
                    string text => raw.sqlite3_bind_text(statement, index, text),
                    int number => raw.sqlite3_bind_int64(statement, index, number),
                    long number => raw.sqlite3_bind_int64(statement, index, number),
                    _ => throw new NotSupportedException($"Parameter {name} of type {value?.GetType().Name ?? "null"} is not bound here."),
                };
                SqliteException.ThrowExceptionForRC(rc, handle);
            }

            // The handle is kept alive (not released or finalised) while its address is in use.
            var held = false;
            statement.DangerousAddRef(ref held);
            try
            {
                var address = statement.DangerousGetHandle();
                var row = new SqliteNumberReader(address);
                while ((rc = Native.Step(address)) == raw.SQLITE_ROW)
                {
                    each(row);
                }
            }
            finally
            {
                if (held)
                {
                    statement.DangerousRelease();
                }
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, handle);
            }
        }
    }

    public int Int(int column) => Native.ColumnInt(_statement, column);

    public long Long(int column) => Native.ColumnInt64(_statement, column);

    public double Double(int column) => Native.ColumnDouble(_statement, column);

    // SQLite's column readers of a stepped row: short, never blocking on I/O and never calling back, so they run
    // without the transition a call that may block needs. "e_sqlite3" is the library the provider itself loads.
    // The step may read the file, so it keeps the transition.
    private static class Native
    {
        [DllImport("e_sqlite3", EntryPoint = "sqlite3_step", ExactSpelling = true)]
        public static extern int Step(IntPtr statement);

        [DllImport("e_sqlite3", EntryPoint = "sqlite3_column_int", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int ColumnInt(IntPtr statement, int column);

        [DllImport("e_sqlite3", EntryPoint = "sqlite3_column_int64", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern long ColumnInt64(IntPtr statement, int column);

        [DllImport("e_sqlite3", EntryPoint = "sqlite3_column_double", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern double ColumnDouble(IntPtr statement, int column);
    }
}
