using System.Data.Common;
using System.Globalization;
using Graph.Core.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Graph.Core.Storage.Postgres;

/// <summary>
/// Inserts rows into PostgreSQL inside the connection's open transaction. A few rows (a report's mentions,
/// participations, aliases) go as multi-row statements bound by position; many rows (a batch's summed
/// tallies) are copied in binary into a temporary staging table and written with one
/// <c>INSERT … SELECT … ON CONFLICT</c>, in the order given, so concurrent writers still lock shared rows in one order.
/// Once <see cref="Holding"/>, the multi-row statements wait for the next statement whose answer is read and go with it
/// in one round trip (<see cref="IStatementPipeline"/>).
/// </summary>
internal sealed class PostgresRowWriter(NpgsqlConnection connection, IReadOnlyList<int> chunkSizes) : ITypedRowWriter, IStatementPipeline
{
    /// <summary>From how many rows a staging table and a copy are cheaper than multi-row statements.</summary>
    private const int CopyFrom = 256;

    private readonly Dictionary<(string Table, string Columns, string OnConflict, int Rows), NpgsqlCommand> _commands = [];
    private readonly Dictionary<(string Table, string Columns), NpgsqlDbType[]> _types = [];
    private readonly List<NpgsqlBatchCommand> _held = [];
    private bool _holds;

    /// <summary>From now on holds back what needs no answer (see <see cref="IStatementPipeline"/>); returns itself.</summary>
    public IStatementPipeline Holding()
    {
        _holds = true;
        return this;
    }

    /// <inheritdoc />
    public void Insert(string table, string[] columns, string onConflict, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count >= CopyFrom || OneStatement(table, rows.Count))
        {
            Copy(table, columns, onConflict, rows);
            return;
        }

        var at = 0;
        foreach (var size in chunkSizes)
        {
            for (; rows.Count - at >= size; at += size)
            {
                if (_holds)
                {
                    Hold(table, columns, onConflict, size, rows, at);
                    continue;
                }

                var command = Command(table, columns, onConflict, size);
                for (var r = 0; r < size; r++)
                {
                    var row = rows[at + r];
                    for (var c = 0; c < columns.Length; c++)
                    {
                        command.Parameters[(r * columns.Length) + c].Value = row[c] ?? DBNull.Value;
                    }
                }

                command.ExecuteNonQuery();
            }
        }
    }

    /// <inheritdoc />
    public void InsertRows<TRow>(string table, string[] columns, string onConflict, IReadOnlyList<TRow> rows)
        where TRow : IBoundRow
    {
        if (rows.Count < CopyFrom && !OneStatement(table, rows.Count))
        {
            var values = new ValueRow(columns.Length);
            Insert(table, columns, onConflict, [.. rows.Select(row =>
            {
                row.Bind(values);
                return values.Take();
            })]);
            return;
        }

        Copy(table, columns, onConflict, rows.Count, (copy, types, r) => rows[r].Bind(new CopyBinding(copy, types)));
    }

    // edge_tallies' statement triggers lock the link totals of each statement's rows after them: rows cut into several
    // statements would lock tally rows and link totals in turn, out of the one order (all tally rows, then all totals)
    // every writer must follow, so they go as one statement, through the staging table, unless one statement holds them.
    private bool OneStatement(string table, int rows) =>
        table == "edge_tallies" && rows > 1 && !chunkSizes.Contains(rows);

    private NpgsqlCommand Command(string table, string[] columns, string onConflict, int size)
    {
        var key = (table, string.Join(", ", columns), onConflict, size);
        if (_commands.TryGetValue(key, out var command))
        {
            return command;
        }

        var values = Enumerable.Range(0, size).Select(r =>
            "(" + string.Join(", ", Enumerable.Range(1, columns.Length).Select(c => "$" + ((r * columns.Length) + c).ToString(CultureInfo.InvariantCulture))) + ")");
        command = new NpgsqlCommand($"INSERT INTO {table} ({key.Item2}) VALUES {string.Join(", ", values)}\n{onConflict}", connection);
        for (var p = 0; p < size * columns.Length; p++)
        {
            command.Parameters.Add(new NpgsqlParameter());
        }

        _commands[key] = command;
        return command;
    }

    private void Hold(string table, string[] columns, string onConflict, int size, IReadOnlyList<object?[]> rows, int at)
    {
        var held = new NpgsqlBatchCommand(Command(table, columns, onConflict, size).CommandText);
        for (var r = 0; r < size; r++)
        {
            foreach (var value in rows[at + r])
            {
                held.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            }
        }

        _held.Add(held);
    }

    /// <inheritdoc />
    public void Hold(string sql) => _held.Add(new NpgsqlBatchCommand(sql));

    /// <inheritdoc />
    public DbDataReader ExecuteReader(DbCommand command)
    {
        if (_held.Count == 0)
        {
            return command.ExecuteReader();
        }

        var reader = WithHeld(command).ExecuteReader();

        // The held inserts return no rows; the reader moves on to the last statement's.
        while (reader.FieldCount == 0 && reader.NextResult())
        {
        }

        return reader;
    }

    /// <inheritdoc />
    public void Hold(DbCommand command) => _held.Add(Copied(command));

    /// <inheritdoc />
    public void Flush()
    {
        if (_held.Count == 0)
        {
            return;
        }

        using var batch = WithHeld(null);
        batch.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Discard() => _held.Clear();

    // The held statements and then the command's own, taken out of the list before they run: whatever the server answers, they are sent.
    private NpgsqlBatch WithHeld(DbCommand? command)
    {
        var batch = new NpgsqlBatch(connection);
        foreach (var held in _held)
        {
            batch.BatchCommands.Add(held);
        }

        _held.Clear();
        if (command is not null)
        {
            batch.BatchCommands.Add(Copied(command));
        }

        return batch;
    }

    // A kept command is bound again for its next use, so what waits is a copy of its text and values.
    private static NpgsqlBatchCommand Copied(DbCommand command)
    {
        var copy = new NpgsqlBatchCommand(command.CommandText);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            copy.Parameters.Add(parameter.Clone());
        }

        return copy;
    }

    // The staging table lives as long as the transaction (a rollback takes it away, the next copy makes it again).
    private void Copy(string table, string[] columns, string onConflict, IReadOnlyList<object?[]> rows) =>
        Copy(table, columns, onConflict, rows.Count, (copy, types, r) =>
        {
            var row = rows[r];
            for (var c = 0; c < columns.Length; c++)
            {
                Write(copy, row[c], types[c]);
            }
        });

    private void Copy(string table, string[] columns, string onConflict, int count, Action<NpgsqlBinaryImporter, NpgsqlDbType[], int> writeRow)
    {
        Flush();
        var stage = "stage_" + table;
        var list = string.Join(", ", columns);
        Execute($"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table}, stage_order INTEGER) ON COMMIT DROP");
        var types = Types(table, columns);
        using (var copy = connection.BeginBinaryImport($"COPY {stage} ({list}, stage_order) FROM STDIN (FORMAT BINARY)"))
        {
            for (var r = 0; r < count; r++)
            {
                copy.StartRow();
                writeRow(copy, types, r);
                copy.Write(r, NpgsqlDbType.Integer);
            }

            copy.Complete();
        }

        Execute($"INSERT INTO {table} ({list}) SELECT {list} FROM {stage} ORDER BY stage_order\n{onConflict}");
        Execute($"TRUNCATE {stage}");
    }

    // A typed row's values, written to the copy in column order (each row binds its columns in order), each in the column's declared type.
    private readonly struct CopyBinding(NpgsqlBinaryImporter copy, NpgsqlDbType[] types) : IRowBinding
    {
        public void Integer(int column, long value)
        {
            switch (types[column])
            {
                case NpgsqlDbType.Integer: copy.Write(checked((int)value), NpgsqlDbType.Integer); break;
                case NpgsqlDbType.Smallint: copy.Write(checked((short)value), NpgsqlDbType.Smallint); break;
                case NpgsqlDbType.Double: copy.Write((double)value, NpgsqlDbType.Double); break;
                default: copy.Write(value, NpgsqlDbType.Bigint); break;
            }
        }

        public void Real(int column, double value) => copy.Write(value, NpgsqlDbType.Double);
    }

    // A typed row's values as an array, for the few rows that go as multi-row statements.
    private sealed class ValueRow(int columns) : IRowBinding
    {
        private object?[] _values = new object?[columns];

        public void Integer(int column, long value) => _values[column] = value;

        public void Real(int column, double value) => _values[column] = value;

        public object?[] Take()
        {
            var row = _values;
            _values = new object?[row.Length];
            return row;
        }
    }

    private static void Write(NpgsqlBinaryImporter copy, object? value, NpgsqlDbType type)
    {
        if (value is null or DBNull)
        {
            copy.WriteNull();
            return;
        }

        var c = CultureInfo.InvariantCulture;
        switch (type)
        {
            case NpgsqlDbType.Integer: copy.Write(Convert.ToInt32(value, c), type); break;
            case NpgsqlDbType.Bigint: copy.Write(Convert.ToInt64(value, c), type); break;
            case NpgsqlDbType.Smallint: copy.Write(Convert.ToInt16(value, c), type); break;
            case NpgsqlDbType.Double: copy.Write(Convert.ToDouble(value, c), type); break;
            case NpgsqlDbType.Boolean: copy.Write(Convert.ToBoolean(value, c), type); break;
            default: copy.Write(Convert.ToString(value, c)!, NpgsqlDbType.Text); break;
        }
    }

    // The columns' types as the table declares them, read once per session: a binary copy must send each in its own type.
    private NpgsqlDbType[] Types(string table, string[] columns)
    {
        var key = (table, string.Join(", ", columns));
        if (_types.TryGetValue(key, out var known))
        {
            return known;
        }

        using var command = new NpgsqlCommand(
            "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                declared[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var types = columns.Select(column => declared.GetValueOrDefault(column) switch
        {
            "integer" => NpgsqlDbType.Integer,
            "bigint" => NpgsqlDbType.Bigint,
            "smallint" => NpgsqlDbType.Smallint,
            "double precision" => NpgsqlDbType.Double,
            "boolean" => NpgsqlDbType.Boolean,
            "text" => NpgsqlDbType.Text,
            var other => throw new NotSupportedException($"Column {table}.{column} ({other ?? "missing"}) has no copy type here."),
        }).ToArray();
        _types[key] = types;
        return types;
    }

    // Without a time limit: the end of a 100,000-report import upserts some 900,000 staged rows in one statement, which on a
    // loaded machine ran past Npgsql's 30 s default and was cancelled, failing the import at its last step.
    private void Execute(string sql)
    {
        Flush();
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }

    /// <summary>Disposes the kept statements, before the connection goes back to its pool.</summary>
    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
