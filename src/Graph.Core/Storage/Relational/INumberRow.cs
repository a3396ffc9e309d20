using System.Data.Common;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The current row of a query whose columns are all numbers, read by position. Over the ~560,000 month rows of a
/// date-filtered view the data reader's checks per value (its type asked of SQLite before each value) cost more than
/// SQLite's own scan, so a store may read such rows its own way (<see cref="RelationalReportStore"/>'s <c>ReadNumbers</c>).
/// </summary>
internal interface INumberRow
{
    /// <summary>The column's value as a 32-bit integer.</summary>
    int Int(int column);

    /// <summary>The column's value as a 64-bit integer.</summary>
    long Long(int column);

    /// <summary>The column's value as a double.</summary>
    double Double(int column);
}

/// <summary>A data reader's current row, as any store reads it.</summary>
internal sealed class ReaderNumberRow(DbDataReader reader) : INumberRow
{
    public int Int(int column) => reader.GetInt32(column);

    public long Long(int column) => reader.GetInt64(column);

    public double Double(int column) => reader.GetDouble(column);
}
