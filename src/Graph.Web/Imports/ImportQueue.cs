using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Graph.Web.Imports;

/// <summary>
/// Uploaded imports waiting for the background worker, and every import's state by id. The queue
/// is unbounded in count but each entry is only a folder name; the uploads themselves are on disk.
/// </summary>
public sealed class ImportQueue
{
    private readonly Channel<ImportJob> _waiting = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    public ChannelReader<ImportJob> Waiting => _waiting.Reader;

    public void Enqueue(ImportJob job, int remembered)
    {
        _jobs[job.Id] = job;
        foreach (var old in _jobs.Values.Where(j => j.State is "completed" or "failed").OrderBy(j => j.Created).SkipLast(remembered))
        {
            _jobs.TryRemove(old.Id, out _);
        }

        _waiting.Writer.TryWrite(job);
    }

    public ImportJob? Find(Guid id) => _jobs.GetValueOrDefault(id);
}
