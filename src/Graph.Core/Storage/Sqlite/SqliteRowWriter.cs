using System.Runtime.InteropServices;
using Graph.Core.Storage.Relational;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// Inserts rows through SQLite's own prepared statements on the connection's handle, bound by
/// position, inside whatever transaction and savepoint the connection has open. Microsoft.Data.Sqlite
/// looks every parameter up by name (converting the name to UTF-8 each time) on every execution, which
/// a profile of the batched import put at a third of the time of the tally upserts.
/// </summary>
internal sealed class SqliteRowWriter(SqliteConnection connection) : IKeyedRowWriter
{
    private readonly Dictionary<string, sqlite3_stmt> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Table, string[] Columns, string OnConflict), string> _inserts = [];

    /// <inheritdoc />
    public void Insert(string table, string[] columns, string onConflict, IReadOnlyList<object?[]> rows) =>
        Run(InsertSql(table, columns, onConflict), rows);

    /// <inheritdoc />
    public void InsertRows<TRow>(string table, string[] columns, string onConflict, IReadOnlyList<TRow> rows)
        where TRow : IBoundRow =>
        Steps(InsertSql(table, columns, onConflict), rows, static (binding, row) => row.Bind(binding), null);

    /// <inheritdoc />
    public List<long[]> InsertReturning(string table, string[] columns, string onConflict, string[] returning, IReadOnlyList<object?[]> rows)
    {
        var values = new List<long[]>(rows.Count);
        Steps(InsertSql(table, columns, onConflict) + "\nRETURNING " + string.Join(", ", returning), rows, BindValues, statement =>
        {
            var row = new long[returning.Length];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = raw.sqlite3_column_int64(statement, c);
            }

            values.Add(row);
        });
        return values;
    }

    /// <inheritdoc />
    public void Run(string sql, IReadOnlyList<object?[]> rows) => Steps(sql, rows, BindValues, null);

    /// <inheritdoc />
    public void Lookup(string sql, IReadOnlyList<object?[]> keys, Action<int, INumberRow> found) => Lookup(sql, keys, BindValues, found);

    /// <inheritdoc />
    public void Lookup<TKey>(string sql, IReadOnlyList<TKey> keys, Action<int, INumberRow> found)
        where TKey : IBoundRow =>
        Lookup(sql, keys, static (binding, key) => key.Bind(binding), found);

    private void Lookup<TKey>(string sql, IReadOnlyList<TKey> keys, Action<StatementBinding, TKey> bind, Action<int, INumberRow> found)
    {
        var at = 0;
        SqliteNumberReader? row = null;
        Steps(sql, keys, bind, statement =>
        {
            row ??= new SqliteNumberReader(statement);
            found(at, row);
        }, () => at++);
    }

    /// <inheritdoc />
    public void WithoutTriggers(Action write)
    {
        // Changing the switch expires the connection's prepared statements: each is prepared again, under the
        // switch as it then stands, when next run; a statement prepared with triggers off never fires them.
        Switch(0);
        try
        {
            write();
        }
        finally
        {
            Switch(1);
        }
    }

    /// <inheritdoc />
    public void WithIndexesBuiltAfter(string table, Action write)
    {
        var indexes = new List<(string Name, string Sql)>();
        Steps("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name", [new object?[] { table }], BindValues,
            statement => indexes.Add((raw.sqlite3_column_text(statement, 0).utf8_to_string(), raw.sqlite3_column_text(statement, 1).utf8_to_string())));
        foreach (var (name, _) in indexes)
        {
            Execute($"DROP INDEX \"{name}\"");
        }

        write();
        var building = WriteProfile.Now();
        foreach (var (_, sql) in indexes)
        {
            Execute(sql);
        }

        WriteProfile.Lap(WritePhase.EndLinkIndexes, building);
    }

    // A schema change expires the prepared statements: each is prepared again when next run.
    private void Execute(string sql) => SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(connection.Handle, sql), connection.Handle);

    private void Switch(int on)
    {
        var rc = raw.sqlite3_db_config(connection.Handle, raw.SQLITE_DBCONFIG_ENABLE_TRIGGER, on, out var now);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        if (now != on)
        {
            throw new InvalidOperationException($"SQLite left the connection's triggers {(now == 0 ? "off" : "on")}.");
        }
    }

    private string InsertSql(string table, string[] columns, string onConflict)
    {
        if (!_inserts.TryGetValue((table, columns, onConflict), out var sql))
        {
            _inserts[(table, columns, onConflict)] = sql =
                $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})\n{onConflict}";
        }

        return sql;
    }

    // Binds each row's values with <paramref name="bind"/> (value arrays or typed rows) and steps the statement once per
    // row; a row it returns goes to <paramref name="returned"/> (one per step at most here), and <paramref name="next"/>
    // runs after each row.
    private void Steps<TRow>(string sql, IReadOnlyList<TRow> rows, Action<StatementBinding, TRow> bind, Action<sqlite3_stmt>? returned, Action? next = null)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var statement = Statement(sql);

        // The handle is kept alive (not released or finalised) while typed rows bind through its address.
        var held = false;
        statement.DangerousAddRef(ref held);
        try
        {
            Steps(statement, new StatementBinding(statement), rows, bind, returned, next);
        }
        finally
        {
            if (held)
            {
                statement.DangerousRelease();
            }
        }
    }

    private void Steps<TRow>(sqlite3_stmt statement, StatementBinding binding, IReadOnlyList<TRow> rows, Action<StatementBinding, TRow> bind,
        Action<sqlite3_stmt>? returned, Action? next)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            bind(binding, rows[r]);

            try
            {
                var rc = raw.sqlite3_step(statement);
                for (; rc == raw.SQLITE_ROW; rc = raw.sqlite3_step(statement))
                {
                    returned?.Invoke(statement);
                }

                if (rc != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(rc, connection.Handle);
                }
            }
            finally
            {
                raw.sqlite3_reset(statement);
                next?.Invoke();
            }
        }
    }

    private sqlite3_stmt Statement(string sql)
    {
        if (_statements.TryGetValue(sql, out var statement))
        {
            return statement;
        }

        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        _statements[sql] = statement;
        return statement;
    }

    // The types the store's rows hold, bound as Microsoft.Data.Sqlite would bind them.
    private static void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            double number => raw.sqlite3_bind_double(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            _ => throw new NotSupportedException($"A row value of type {value.GetType().Name} has no SQLite binding here."),
        };
        Check(rc, index);
    }

    private static void BindValues(StatementBinding binding, object?[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            Bind(binding.Statement, c + 1, values[c]);
        }
    }

    // A typed row's values bound as Bind binds the same numbers boxed: integers as 64-bit, doubles as doubles. They go
    // straight to SQLite by the statement's address: through the provider each of a batch's ~2 million values a
    // thousand reports took and gave back a reference on the statement's handle, some 4 % of the importer's time.
    private sealed class StatementBinding(sqlite3_stmt statement) : IRowBinding
    {
        private readonly IntPtr _address = statement.DangerousGetHandle();

        public sqlite3_stmt Statement => statement;

        public void Integer(int column, long value) => Check(Native.BindInt64(_address, column + 1, value), column + 1);

        public void Real(int column, double value) => Check(Native.BindDouble(_address, column + 1, value), column + 1);
    }

    // SQLite's binders of numbers: short, never blocking on I/O and never calling back (as SqliteNumberReader's column readers).
    private static class Native
    {
        [DllImport("e_sqlite3", EntryPoint = "sqlite3_bind_int64", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int BindInt64(IntPtr statement, int index, long value);

        [DllImport("e_sqlite3", EntryPoint = "sqlite3_bind_double", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int BindDouble(IntPtr statement, int index, double value);
    }

    private static void Check(int rc, int index)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite could not bind parameter {index} (error {rc}).", rc);
        }
    }

    /// <summary>Finalizes the statements, before the connection goes back to its pool.</summary>
    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }
}
