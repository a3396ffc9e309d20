using System.Collections.Concurrent;
using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Observability;
using Graph.Core.Storage;

namespace Graph.Web.Network;

/// <summary>
/// Serves analysed networks, rebuilding only when the store's reports change. The change test
/// is the report count and largest report id, read from the report list; reports are only ever added.
/// </summary>
public sealed class NetworkCache(IReportStore store, GraphMetrics metrics)
{
    private const int MaxEntries = 64;
    private readonly ConcurrentDictionary<string, NetworkAnalysis> _analyses = new();
    private readonly Lock _gate = new();
    private (int Count, long MaxId) _version = (-1, -1);
    private CooperationDataset _dataset = CooperationDataset.Empty;

    /// <summary>The store's dataset, reloaded when reports were added since the last call.</summary>
    public CooperationDataset Dataset()
    {
        var reports = store.ListReports();
        var current = (reports.Count, reports.Count == 0 ? 0 : reports.Max(r => r.Id));
        lock (_gate)
        {
            if (current != _version)
            {
                _dataset = store.LoadDataset();
                _version = current;
                _analyses.Clear();
            }

            return _dataset;
        }
    }

    /// <summary>The analysed network for a view and filter.</summary>
    public NetworkAnalysis Analyse(NetworkView view, NetworkFilter filter)
    {
        var data = Dataset();
        var key = CacheKey(view, filter);
        if (_analyses.TryGetValue(key, out var cached))
        {
            metrics.CacheLookup(hit: true);
            return cached;
        }

        metrics.CacheLookup(hit: false);

        var analysis = NetworkAnalysis.Of(NetworkBuilder.Build(data, view, filter));
        if (_analyses.Count >= MaxEntries)
        {
            _analyses.Clear();
        }

        _analyses[key] = analysis;
        return analysis;
    }

    /// <summary>
    /// Whether this view and filter were analysed already (reports added since are not looked for,
    /// so the answer can be yes once more than it should); the rate limiter lets such reads through.
    /// </summary>
    public bool Holds(NetworkView view, NetworkFilter filter) => _analyses.ContainsKey(CacheKey(view, filter));

    /// <summary>Whether the dataset knows an actor with this id.</summary>
    public bool KnowsActor(string id) => Dataset().Actors.Any(a => a.Id == id);

    /// <summary>A key naming a view and its filters, for the caches built on this one.</summary>
    public static string CacheKey(NetworkView view, NetworkFilter f) =>
        string.Join('\u001f', view, f.From, f.To, f.CrimeArea, f.Kinds is null ? "" : string.Join(',', f.Kinds.Order()),
            f.MinWeight?.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Operation?.ToLowerInvariant(), f.Center, f.Depth, f.CollaborationWeighting, f.Source,
            f.Expand is null ? "" : string.Join(',', f.Expand.Order(StringComparer.Ordinal)));
}
