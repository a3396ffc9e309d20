namespace Graph.Core.Storage.Relational;

/// <summary>
/// Tally rows and keys in the order their table's b-tree keeps them: by the stored numbers of their key columns, first
/// column first. SQLite finds the place of a row written right after its neighbour in pages it has just read; rows in
/// the order of their names land all over the table.
/// </summary>
internal sealed class StoredKeyOrder : IComparer<NodeTallyRow>, IComparer<EdgeTallyRow>, IComparer<LinkTotalKey>
{
    public static StoredKeyOrder Instance { get; } = new();

    /// <summary>The rows put in stored key order, in place.</summary>
    public static T[] Sorted<T>(T[] rows)
    {
        Array.Sort(rows, (IComparer<T>)(object)Instance);
        return rows;
    }

    /// <summary>The rows' places in the array, in stored key order of the rows.</summary>
    public static int[] Places(EdgeTallyRow[] rows)
    {
        var places = Enumerable.Range(0, rows.Length).ToArray();
        Array.Sort(places, (x, y) => Instance.Compare(rows[x], rows[y]));
        return places;
    }

    public int Compare(NodeTallyRow x, NodeTallyRow y)
    {
        var c = x.Projection.CompareTo(y.Projection);
        c = c != 0 ? c : x.Area.CompareTo(y.Area);
        c = c != 0 ? c : x.Period.CompareTo(y.Period);
        return c != 0 ? c : x.Node.CompareTo(y.Node);
    }

    public int Compare(EdgeTallyRow x, EdgeTallyRow y)
    {
        var c = x.Projection.CompareTo(y.Projection);
        c = c != 0 ? c : x.Area.CompareTo(y.Area);
        c = c != 0 ? c : x.Period.CompareTo(y.Period);
        c = c != 0 ? c : x.Source.CompareTo(y.Source);
        return c != 0 ? c : x.Target.CompareTo(y.Target);
    }

    public int Compare(LinkTotalKey x, LinkTotalKey y)
    {
        var c = x.Projection.CompareTo(y.Projection);
        c = c != 0 ? c : x.Area.CompareTo(y.Area);
        return c != 0 ? c : x.Node.CompareTo(y.Node);
    }
}
