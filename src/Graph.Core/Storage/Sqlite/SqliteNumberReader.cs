using Graph.Core.Storage.Relational;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// Steps a query of number columns through SQLite's own prepared statement on the connection's handle (inside the
/// transaction it has open), each value read by position with one call. Microsoft.Data.Sqlite asks SQLite for a
/// value's type before reading it and checks the reader's state on every call: over the ~560,000 month rows of a
/// date-filtered view, more time than SQLite's scan itself.
/// </summary>
internal sealed class SqliteNumberReader : INumberRow
{
    private readonly sqlite3_stmt _statement;

    internal SqliteNumberReader(sqlite3_stmt statement) => _statement = statement;

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

            var row = new SqliteNumberReader(statement);
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                each(row);
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, handle);
            }
        }
    }

    public int Int(int column) => raw.sqlite3_column_int(_statement, column);

    public long Long(int column) => raw.sqlite3_column_int64(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);
}
