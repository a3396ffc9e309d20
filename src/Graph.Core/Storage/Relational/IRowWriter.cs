namespace Graph.Core.Storage.Relational;

/// <summary>
/// A store's own way of inserting rows one statement per row, binding each value by its position.
/// Where a store has one (SQLite), the generic path of named parameters and multi-row statements is
/// left for it: in process, finding a parameter by its name cost more than the insert itself.
/// </summary>
internal interface IRowWriter : IDisposable
{
    /// <summary>
    /// Inserts each row (its values in the order of <paramref name="columns"/>) into <paramref name="table"/>,
    /// the statement ending in <paramref name="onConflict"/>; a refusal throws the store's <see cref="System.Data.Common.DbException"/>.
    /// </summary>
    void Insert(string table, string[] columns, string onConflict, IReadOnlyList<object?[]> rows);
}

/// <summary>A row writer that takes typed rows, each binding its own values by position (no boxed value, no array per row).</summary>
internal interface ITypedRowWriter : IRowWriter
{
    /// <summary>As <see cref="IRowWriter.Insert"/>, each row binding its own values by position.</summary>
    void InsertRows<TRow>(string table, string[] columns, string onConflict, IReadOnlyList<TRow> rows)
        where TRow : IBoundRow;
}

/// <summary>
/// A row writer that can also hand back what each upserted row holds after the statement and run any
/// keyed statement once per row, bound by position (SQLite's): a retraction then learns from its own
/// upserts which rows reached zero and what the rest keep first, instead of asking for each row twice more.
/// </summary>
internal interface IKeyedRowWriter : ITypedRowWriter
{
    /// <summary>
    /// As <see cref="IRowWriter.Insert"/>, the statement ending in <paramref name="onConflict"/> and then
    /// <c>RETURNING</c> <paramref name="returning"/> (integer columns); the values each row holds afterwards, in the rows' order.
    /// </summary>
    List<long[]> InsertReturning(string table, string[] columns, string onConflict, string[] returning, IReadOnlyList<object?[]> rows);

    /// <summary>Runs <paramref name="sql"/> (its parameters <c>?</c>, in the order of each row's values) once per row.</summary>
    void Run(string sql, IReadOnlyList<object?[]> rows);

    /// <summary>As the lookup of keys given as values, each key binding its own values by position.</summary>
    void Lookup<TKey>(string sql, IReadOnlyList<TKey> keys, Action<int, INumberRow> found)
        where TKey : IBoundRow;

    /// <summary>
    /// Runs the query <paramref name="sql"/> once per key (its parameters <c>?</c>, in the order of the key's values),
    /// calling <paramref name="found"/> with the key's index for each row it returns (numbers, read by position).
    /// </summary>
    void Lookup(string sql, IReadOnlyList<object?[]> keys, Action<int, INumberRow> found);

    /// <summary>
    /// Runs <paramref name="write"/> with the connection's triggers off (SQLite's per-connection switch), and turns
    /// them on again afterwards whatever happens: the caller then writes what the triggers would have.
    /// </summary>
    void WithoutTriggers(Action write);

    /// <summary>
    /// Runs <paramref name="write"/> with <paramref name="table"/>'s indexes (those its schema creates, not its key)
    /// dropped, then creates each again from the same statement, in the same transaction: an index built once from its
    /// rows, sorted, instead of taking each new row at its own place.
    /// </summary>
    void WithIndexesBuiltAfter(string table, Action write);
}
