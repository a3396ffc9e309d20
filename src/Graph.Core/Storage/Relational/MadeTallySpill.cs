namespace Graph.Core.Storage.Relational;

/// <summary>
/// The summed rows of the operations an end link made, kept in a temporary file between the pass that copies them (by
/// operation id) and the pass that sums them (by month), so each operation's rows are made once. A million reports'
/// operations give tens of millions of rows: the file holds them as numbers (each name once, in a table kept in memory),
/// and each operation's rows are read back alone, in whatever order the sums ask for them.
/// </summary>
internal sealed class MadeTallySpill : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly Dictionary<long, (long Offset, int Length)> _kept = [];
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private byte[] _buffer = [];

    /// <summary>A spill in a file of its own under <paramref name="directory"/> (the system's temporary folder unless given), gone when disposed.</summary>
    public MadeTallySpill(string? directory = null)
    {
        _file = new FileStream(Path.Combine(directory ?? Path.GetTempPath(), $"graph-made-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file);
    }

    /// <summary>Keeps an operation's first date and rows (an absent date as the empty name) for <see cref="Take"/>.</summary>
    public void Keep(long operation, string? date, List<NodeTally> nodes, List<EdgeTally> edges)
    {
        var offset = _file.Position;
        _writer.Write(date is not null);
        Name(date ?? "");
        _writer.Write7BitEncodedInt(nodes.Count);
        foreach (var n in nodes)
        {
            Names(n.Projection, n.Period, n.CrimeArea, n.Node, n.FirstDate);
            _writer.Write7BitEncodedInt(n.Reports);
            _writer.Write7BitEncodedInt(n.Events);
            _writer.Write7BitEncodedInt64(n.FirstKey);
            _writer.Write7BitEncodedInt(n.Sources);
        }

        _writer.Write7BitEncodedInt(edges.Count);
        foreach (var e in edges)
        {
            Names(e.Projection, e.Period, e.CrimeArea, e.Source, e.Target, e.FirstDate);
            _writer.Write7BitEncodedInt(e.Reports);
            _writer.Write7BitEncodedInt(e.Events);
            _writer.Write7BitEncodedInt(e.Led);
            _writer.Write(e.Newman);
            _writer.Write7BitEncodedInt64(e.FirstKey);
            _writer.Write7BitEncodedInt(e.Sources);
        }

        _writer.Flush();
        _kept[operation] = (offset, checked((int)(_file.Position - offset)));
    }

    /// <summary>Whether an operation's rows are kept here.</summary>
    public bool Holds(long operation) => _kept.ContainsKey(operation);

    /// <summary>An operation's first date and rows, as <see cref="Keep"/> was given them (names the same instances each time).</summary>
    public (string? Date, List<NodeTally> Nodes, List<EdgeTally> Edges) Take(long operation)
    {
        var (offset, length) = _kept[operation];
        if (_buffer.Length < length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }

        RandomAccess.Read(_file.SafeFileHandle, _buffer.AsSpan(0, length), offset);
        using var reader = new BinaryReader(new MemoryStream(_buffer, 0, length, writable: false));
        string Text() => _names[reader.Read7BitEncodedInt()];
        var dated = reader.ReadBoolean();
        var date = Text();
        var nodes = new List<NodeTally>(reader.Read7BitEncodedInt());
        for (var i = nodes.Capacity; i > 0; i--)
        {
            var (projection, period, area, node, first) = (Text(), Text(), Text(), Text(), Text());
            nodes.Add(new NodeTally(projection, period, area, node, reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), first,
                reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt()));
        }

        var edges = new List<EdgeTally>(reader.Read7BitEncodedInt());
        for (var i = edges.Capacity; i > 0; i--)
        {
            var (projection, period, area, source, target, first) = (Text(), Text(), Text(), Text(), Text(), Text());
            edges.Add(new EdgeTally(projection, period, area, source, target, reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(),
                reader.Read7BitEncodedInt(), reader.ReadDouble(), first, reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt()));
        }

        return (dated ? date : null, nodes, edges);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }

    // Writes each name's number, numbering a name the first time it is met.
    private void Names(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            Name(name);
        }
    }

    private void Name(string name)
    {
        if (!_numbers.TryGetValue(name, out var number))
        {
            number = _names.Count;
            _names.Add(name);
            _numbers[name] = number;
        }

        _writer.Write7BitEncodedInt(number);
    }
}
