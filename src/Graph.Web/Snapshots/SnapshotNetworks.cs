using System.Collections.Concurrent;
using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Snapshots;
using Graph.Core.Storage;
using Graph.Web.Network;

namespace Graph.Web.Snapshots;

/// <summary>
/// Networks of frozen snapshots. A snapshot never changes, so what is built from it is kept until the
/// cache is full (a few snapshots' curated datasets, a few dozen views), never because new reports arrived.
/// </summary>
public sealed class SnapshotNetworks(ISnapshotStore snapshots)
{
    private const int MaxDatasets = 4;
    private const int MaxNetworks = 32;
    private readonly ConcurrentDictionary<string, Lazy<CooperationDataset?>> _datasets = new();
    private readonly ConcurrentDictionary<string, Lazy<CooperationNetwork>> _networks = new();
    private readonly ConcurrentDictionary<string, Lazy<NetworkAnalysis>> _analyses = new();

    /// <summary>The snapshot's curated dataset, or null when no snapshot has this hash.</summary>
    public CooperationDataset? Dataset(string hash)
    {
        if (_datasets.Count >= MaxDatasets)
        {
            _datasets.Clear();
        }

        var dataset = _datasets.GetOrAdd(hash, h => new Lazy<CooperationDataset?>(() => snapshots.LoadSnapshot(h)?.Curated())).Value;
        if (dataset is null)
        {
            _datasets.TryRemove(hash, out _);
        }

        return dataset;
    }

    /// <summary>A view of the snapshot, or null when no snapshot has this hash.</summary>
    public CooperationNetwork? Network(string hash, NetworkView view, NetworkFilter filter)
    {
        if (Dataset(hash) is not { } dataset)
        {
            return null;
        }

        if (_networks.Count >= MaxNetworks)
        {
            _networks.Clear();
        }

        var key = hash + '\u001e' + NetworkCache.CacheKey(view, filter);
        return _networks.GetOrAdd(key, _ => new Lazy<CooperationNetwork>(() => NetworkBuilder.Build(dataset, view, filter))).Value;
    }

    /// <summary>A whole view of the snapshot, analysed (for metrics and exports), or null when no snapshot has this hash.</summary>
    public NetworkAnalysis? Analyse(string hash, NetworkView view, NetworkFilter filter)
    {
        if (Network(hash, view, filter) is not { } network)
        {
            return null;
        }

        if (_analyses.Count >= MaxNetworks)
        {
            _analyses.Clear();
        }

        var key = hash + '\u001e' + NetworkCache.CacheKey(view, filter);
        return _analyses.GetOrAdd(key, _ => new Lazy<NetworkAnalysis>(() => NetworkAnalysis.Of(network))).Value;
    }
}
