namespace Graph.Core.Storage.Relational;

/// <summary>Where a typed row puts its values, each by its column's position (0 for the first).</summary>
internal interface IRowBinding
{
    void Integer(int column, long value);

    void Real(int column, double value);
}

/// <summary>
/// A row that binds its own values by position, each as its type: a batch's ~180,000 edge rows per 1,000 reports
/// written this way box no number and make no array per row, as the rows of <see cref="IRowWriter.Insert"/> do.
/// </summary>
internal interface IBoundRow
{
    void Bind(IRowBinding binding);
}

/// <summary>A <c>node_tallies</c> row as stored (ids and codes), in the order of the table's insert columns.</summary>
internal readonly record struct NodeTallyRow(
    int Projection, int Area, int Period, int Node, int Reports, int Events, int FirstDate, long FirstKey, int Sources) : IBoundRow
{
    public void Bind(IRowBinding binding)
    {
        binding.Integer(0, Projection);
        binding.Integer(1, Area);
        binding.Integer(2, Period);
        binding.Integer(3, Node);
        binding.Integer(4, Reports);
        binding.Integer(5, Events);
        binding.Integer(6, FirstDate);
        binding.Integer(7, FirstKey);
        binding.Integer(8, Sources);
    }
}

/// <summary>An <c>edge_tallies</c> row as stored (ids and codes), in the order of the table's insert columns.</summary>
internal readonly record struct EdgeTallyRow(
    int Projection, int Area, int Period, int Source, int Target, int Reports, int Events, int Led, double Newman,
    int FirstDate, long FirstKey, int Sources) : IBoundRow
{
    /// <summary>The row's key: view, crime area, period, source, target.</summary>
    public EdgeTallyKey Key => new(Projection, Area, Period, Source, Target);

    public void Bind(IRowBinding binding)
    {
        Key.Bind(binding);
        binding.Integer(5, Reports);
        binding.Integer(6, Events);
        binding.Integer(7, Led);
        binding.Real(8, Newman);
        binding.Integer(9, FirstDate);
        binding.Integer(10, FirstKey);
        binding.Integer(11, Sources);
    }
}

/// <summary>An <c>edge_tallies</c> key, bound as the first five values of a statement.</summary>
internal readonly record struct EdgeTallyKey(int Projection, int Area, int Period, int Source, int Target) : IBoundRow
{
    public void Bind(IRowBinding binding)
    {
        binding.Integer(0, Projection);
        binding.Integer(1, Area);
        binding.Integer(2, Period);
        binding.Integer(3, Source);
        binding.Integer(4, Target);
    }
}

/// <summary>A <c>link_totals</c> key (view, crime area, node), bound as the first three values of a statement.</summary>
internal readonly record struct LinkTotalKey(int Projection, int Area, int Node) : IBoundRow
{
    public void Bind(IRowBinding binding)
    {
        binding.Integer(0, Projection);
        binding.Integer(1, Area);
        binding.Integer(2, Node);
    }
}

/// <summary>An <c>operation_tallies</c> row as stored (ids and codes), in the order of the table's insert columns; a node's target is the empty name's id.</summary>
internal readonly record struct OperationTallyRow(
    long Operation, int Projection, int Area, int Period, int Source, int Target, int Reports, int Events, int Led, double Newman,
    int FirstDate, long FirstKey) : IBoundRow
{
    public void Bind(IRowBinding binding)
    {
        binding.Integer(0, Operation);
        binding.Integer(1, Projection);
        binding.Integer(2, Area);
        binding.Integer(3, Period);
        binding.Integer(4, Source);
        binding.Integer(5, Target);
        binding.Integer(6, Reports);
        binding.Integer(7, Events);
        binding.Integer(8, Led);
        binding.Real(9, Newman);
        binding.Integer(10, FirstDate);
        binding.Integer(11, FirstKey);
    }
}
