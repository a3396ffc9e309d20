using System.Globalization;
using Graph.Core.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Graph.Core.Storage.Postgres;

/// <summary>
/// Inserts rows into PostgreSQL inside the connection's open transaction. A few rows (a report's mentions,
/// participations, aliases) go as multi-row statements bound by position; many rows (a batch's summed
/// tallies) go as one array a column to one <c>INSERT … SELECT … FROM unnest(…) ON CONFLICT</c>, in the order
/// given, so concurrent writers still lock shared rows in one order.
/// </summary>
internal sealed class PostgresRowWriter(NpgsqlConnection connection, IReadOnlyList<int> chunkSizes) : IRowWriter
{
    /// <summary>From how many rows one statement of arrays takes them instead of multi-row statements.</summary>
    private const int ArraysFrom = 256;

    private readonly Dictionary<(string Table, string Columns, string OnConflict, int Rows), NpgsqlCommand> _commands = [];
    private readonly Dictionary<(string Table, string Columns), (NpgsqlDbType[], string[])> _types = [];

    /// <inheritdoc />
    public void Insert(string table, string[] columns, string onConflict, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count >= ArraysFrom)
        {
            Upsert(table, columns, onConflict, rows);
            return;
        }

        var at = 0;
        foreach (var size in chunkSizes)
        {
            for (; rows.Count - at >= size; at += size)
            {
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

    // The rows go as one array a column, bound to one statement that unnests them in the order given: no staging
    // table to create, fill by a copy and truncate in every batch, and one statement shape per table, prepared once.
    private void Upsert(string table, string[] columns, string onConflict, IReadOnlyList<object?[]> rows)
    {
        var (types, declared) = Types(table, columns);
        var key = (table, string.Join(", ", columns), onConflict, 0);
        if (!_commands.TryGetValue(key, out var command))
        {
            var arrays = string.Join(", ", declared.Select((type, c) => "$" + (c + 1).ToString(CultureInfo.InvariantCulture) + "::" + type + "[]"));
            command = new NpgsqlCommand($"""
                INSERT INTO {table} ({key.Item2}) SELECT {key.Item2} FROM unnest({arrays}) WITH ORDINALITY AS given({key.Item2}, given_order)
                ORDER BY given_order
                {onConflict}
                """, connection);
            foreach (var type in types)
            {
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | type });
            }

            _commands[key] = command;
        }

        for (var c = 0; c < columns.Length; c++)
        {
            command.Parameters[c].Value = Column(rows, c, types[c]);
        }

        command.ExecuteNonQuery();
    }

    // One column of the rows as an array of its type (null stays null).
    private static Array Column(IReadOnlyList<object?[]> rows, int column, NpgsqlDbType type)
    {
        var c = CultureInfo.InvariantCulture;
        return type switch
        {
            NpgsqlDbType.Integer => Fill(rows, column, v => (int?)Convert.ToInt32(v, c)),
            NpgsqlDbType.Bigint => Fill(rows, column, v => (long?)Convert.ToInt64(v, c)),
            NpgsqlDbType.Smallint => Fill(rows, column, v => (short?)Convert.ToInt16(v, c)),
            NpgsqlDbType.Double => Fill(rows, column, v => (double?)Convert.ToDouble(v, c)),
            NpgsqlDbType.Boolean => Fill(rows, column, v => (bool?)Convert.ToBoolean(v, c)),
            _ => Fill(rows, column, v => Convert.ToString(v, c)),
        };
    }

    private static T?[] Fill<T>(IReadOnlyList<object?[]> rows, int column, Func<object, T?> convert)
    {
        var values = new T?[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            values[r] = rows[r][column] is { } value and not DBNull ? convert(value) : default;
        }

        return values;
    }

    // The columns' types as the table declares them, read once per session: each array is sent and cast in its column's type.
    private (NpgsqlDbType[] Types, string[] Declared) Types(string table, string[] columns)
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

        var names = columns.Select(column => declared.GetValueOrDefault(column) ?? "missing").ToArray();
        var types = names.Select((name, i) => name switch
        {
            "integer" => NpgsqlDbType.Integer,
            "bigint" => NpgsqlDbType.Bigint,
            "smallint" => NpgsqlDbType.Smallint,
            "double precision" => NpgsqlDbType.Double,
            "boolean" => NpgsqlDbType.Boolean,
            "text" => NpgsqlDbType.Text,
            var other => throw new NotSupportedException($"Column {table}.{columns[i]} ({other}) has no array type here."),
        }).ToArray();
        _types[key] = (types, names);
        return (types, names);
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
