using System.Data;
using Graph.Core.Storage.Relational;
using Npgsql;

namespace Graph.Core.Storage.Postgres;

/// <summary>
/// Reads a query of number columns (integer, bigint, double precision) row by row, each row's values taken from
/// the data reader once, left to right, and then handed by position. A caller may ask for a row's columns in any
/// order (the month rows build their record wide fields first); asked straight from the data reader, every step
/// back within a row makes it walk the row again from its first column.
/// </summary>
internal sealed class PostgresNumberReader : INumberRow
{
    private readonly long[] _integers;
    private readonly double[] _doubles;
    private readonly Kind[] _kinds;

    private PostgresNumberReader(NpgsqlDataReader reader)
    {
        _integers = new long[reader.FieldCount];
        _doubles = new double[reader.FieldCount];
        _kinds = new Kind[reader.FieldCount];
        for (var column = 0; column < reader.FieldCount; column++)
        {
            var type = reader.GetFieldType(column);
            _kinds[column] = type == typeof(int) ? Kind.Int32 : type == typeof(long) ? Kind.Int64 : type == typeof(double) ? Kind.Double
                : throw new NotSupportedException($"Column {column} ({reader.GetName(column)}) is {reader.GetDataTypeName(column)}, not a number read here.");
        }
    }

    private enum Kind : byte
    {
        Int32,
        Int64,
        Double,
    }

    /// <summary>Runs <paramref name="command"/> and calls <paramref name="each"/> for every row, its values read in column order.</summary>
    public static void Each(NpgsqlCommand command, Action<INumberRow> each)
    {
        using var reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
        var row = new PostgresNumberReader(reader);
        while (reader.Read())
        {
            row.Load(reader);
            each(row);
        }
    }

    private void Load(NpgsqlDataReader reader)
    {
        for (var column = 0; column < _kinds.Length; column++)
        {
            switch (_kinds[column])
            {
                case Kind.Int32:
                    _integers[column] = reader.GetInt32(column);
                    break;
                case Kind.Int64:
                    _integers[column] = reader.GetInt64(column);
                    break;
                default:
                    _doubles[column] = reader.GetDouble(column);
                    break;
            }
        }
    }

    public int Int(int column) => checked((int)_integers[column]);

    public long Long(int column) => _integers[column];

    public double Double(int column) => _kinds[column] == Kind.Double ? _doubles[column] : _integers[column];
}
