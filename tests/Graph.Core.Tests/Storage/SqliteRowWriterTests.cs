using Graph.Core.Storage.Relational;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Storage;

public sealed class SqliteRowWriterTests : IDisposable
{
    private static readonly string[] Columns = ["id", "count", "weight", "name"];
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteRowWriterTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE rows (id INTEGER PRIMARY KEY, count INTEGER NOT NULL, weight REAL NOT NULL, name TEXT)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void RowsBoundByPositionKeepTheirTypesAndTheUpsertSums()
    {
        using (var writer = new SqliteRowWriter(_connection))
        {
            const string add = "ON CONFLICT (id) DO UPDATE SET count = rows.count + excluded.count";
            writer.Insert("rows", Columns, add, [[1L, 2, 0.5, "Europol"], [2, 1, 1.0, null]]);
            writer.Insert("rows", Columns, add, [[1L, 3, 0.5, "Europol"]]);
        }

        Assert.Equal(
            ["1 5 real:0.5 text:Europol", "2 1 real:1.0 null:"],
            Rows("SELECT id || ' ' || count || ' ' || typeof(weight) || ':' || weight || ' ' || typeof(name) || ':' || COALESCE(name, '') FROM rows ORDER BY id"));
    }

    [Fact]
    public void IndexesBuiltAfterAWriteHoldItsRowsUnderTheSameStatementsInItsTransaction()
    {
        Run("CREATE INDEX ix_rows_name ON rows(name, count); CREATE INDEX \"ix rows weight\" ON rows(weight) WHERE weight > 0");
        var schema = Rows("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY name");
        using var transaction = _connection.BeginTransaction();
        using (var writer = new SqliteRowWriter(_connection))
        {
            writer.Insert("rows", Columns, "", [[1, 4, 0.5, "Interpol"]]);
            writer.WithIndexesBuiltAfter("rows", () =>
            {
                // While the rows go in, the table has no index of its own.
                Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rows'", transaction));
                writer.Insert("rows", Columns, "", [[2, 1, 0.0, "Europol"], [3, 2, 2.5, "Europol"]]);
            });
            writer.Insert("rows", Columns, "", [[4, 3, 1.0, "Ameripol"]]);
        }

        transaction.Commit();
        Assert.Equal(schema, Rows("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY name"));
        Assert.Equal("ok", Rows("PRAGMA integrity_check").Single());
        Assert.Equal(["2", "3"], Rows("SELECT id FROM rows INDEXED BY ix_rows_name WHERE name = 'Europol' ORDER BY count"));
        Assert.Equal(["1", "4", "3"], Rows("SELECT id FROM rows INDEXED BY \"ix rows weight\" WHERE weight > 0 ORDER BY weight"));
    }

    [Fact]
    public void ARefusedRowThrowsTheStoresExceptionAndTheWriterGoesOn()
    {
        using var writer = new SqliteRowWriter(_connection);
        writer.Insert("rows", Columns, "", [[1, 1, 1.0, "a"]]);

        var refused = Assert.Throws<SqliteException>(() => writer.Insert("rows", Columns, "", [[1, 1, 1.0, "again"]]));
        writer.Insert("rows", Columns, "", [[2, 1, 1.0, "b"]]);

        Assert.Equal(19, refused.SqliteErrorCode);
        Assert.Equal(["a", "b"], Rows("SELECT name FROM rows ORDER BY id"));
    }

    [Fact]
    public void AnUpsertReturnsWhatEachRowHoldsAfterItAndAKeyedStatementRunsOncePerRow()
    {
        using var writer = new SqliteRowWriter(_connection);
        const string add = "ON CONFLICT (id) DO UPDATE SET count = rows.count + excluded.count";
        writer.Insert("rows", Columns, add, [[1, 2, 0.5, "a"], [2, 1, 0.5, "b"]]);

        // The same key twice in one call: each returns the row as its own upsert left it.
        var after = writer.InsertReturning("rows", Columns, add, ["id", "count"], [[1, -2, 0.5, "a"], [2, 4, 0.5, "b"], [2, -1, 0.5, "b"], [3, 7, 0.5, "c"]]);
        writer.Run("DELETE FROM rows WHERE id = ? AND count <= ?", [[1, 0], [2, 0], [3, 0]]);

        Assert.Equal(["1 0", "2 5", "2 4", "3 7"], after.Select(r => $"{r[0]} {r[1]}"));
        Assert.Equal(["2 4", "3 7"], Rows("SELECT id || ' ' || count FROM rows ORDER BY id"));
    }

    [Fact]
    public void TypedRowsAreStoredAsTheSameValuesGivenAsArraysAndTypedKeysFindTheirRows()
    {
        const string add = "ON CONFLICT (id) DO UPDATE SET count = rows.count + excluded.count, weight = rows.weight + excluded.weight";
        string[] columns = ["id", "count", "weight"];
        using (var writer = new SqliteRowWriter(_connection))
        {
            writer.Insert("rows", columns, add, [[1, 2, 0.1], [5_000_000_000L, 1, 0.2]]);
            writer.InsertRows("rows", columns, add, [new CountRow(1, 3, 0.2), new CountRow(7, -4, 1e-300)]);
        }

        var typed = Rows("SELECT id || ' ' || typeof(count) || ':' || count || ' ' || typeof(weight) || ':' || printf('%!.17g', weight) FROM rows ORDER BY id");

        using (var writer = new SqliteRowWriter(_connection))
        {
            writer.Run("DELETE FROM rows", [[]]);
            writer.Insert("rows", columns, add, [[1, 2, 0.1], [5_000_000_000L, 1, 0.2]]);
            writer.Insert("rows", columns, add, [[1L, 3, 0.2], [7L, -4, 1e-300]]);
        }

        Assert.Equal(Rows("SELECT id || ' ' || typeof(count) || ':' || count || ' ' || typeof(weight) || ':' || printf('%!.17g', weight) FROM rows ORDER BY id"), typed);
        Assert.Equal(["1 integer:5 real:0.30000000000000004", "7 integer:-4 real:1.0e-300", "5000000000 integer:1 real:0.2"], typed);

        var found = new List<string>();
        using (var writer = new SqliteRowWriter(_connection))
        {
            writer.Lookup("SELECT count, weight FROM rows WHERE id = ? AND count <> ? AND weight >= ?", [new CountRow(7, 0, 0), new CountRow(2, 0, 0), new CountRow(1, 5, 0)],
                (i, row) => found.Add($"{i}:{row.Long(0)}"));
        }

        Assert.Equal(["0:-4"], found);
    }

    // A row of the test table that binds its own values: id, count, weight.
    private readonly record struct CountRow(long Id, int Count, double Weight) : IBoundRow
    {
        public void Bind(IRowBinding binding)
        {
            binding.Integer(0, Id);
            binding.Integer(1, Count);
            binding.Real(2, Weight);
        }
    }

    private List<string> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private void Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        (command.CommandText, command.Transaction) = (sql, transaction);
        return (long)command.ExecuteScalar()!;
    }
}
