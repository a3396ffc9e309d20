namespace Graph.Core.Import;

/// <summary>The counts of a running import, updated from several threads and read as snapshots.</summary>
internal sealed class ImportTally(long bytesTotal, int maxListedRefusals)
{
    private readonly Lock _gate = new();
    private readonly List<ImportRefusal> _refusals = [];
    private long _read, _stored, _already, _refused, _skipped, _bytes;
    private string? _file;

    public void Reading(string file)
    {
        lock (_gate)
        {
            _file = file;
        }
    }

    public void BytesRead(long count) => Interlocked.Add(ref _bytes, count);

    public void ItemRead() => Interlocked.Increment(ref _read);

    public void Skip() => Interlocked.Increment(ref _skipped);

    public void Saved(bool created) => Interlocked.Increment(ref created ? ref _stored : ref _already);

    public void Refuse(string file, string place, string reason)
    {
        Interlocked.Increment(ref _refused);
        lock (_gate)
        {
            if (_refusals.Count < maxListedRefusals)
            {
                _refusals.Add(new ImportRefusal(file, place, reason));
            }
        }
    }

    public ImportProgress Snapshot()
    {
        lock (_gate)
        {
            return new ImportProgress(Interlocked.Read(ref _read), Interlocked.Read(ref _stored), Interlocked.Read(ref _already),
                Interlocked.Read(ref _refused), Interlocked.Read(ref _skipped), Math.Min(Interlocked.Read(ref _bytes), bytesTotal), bytesTotal, _file);
        }
    }

    public IReadOnlyList<ImportRefusal> Refusals()
    {
        lock (_gate)
        {
            return [.. _refusals];
        }
    }
}
