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
