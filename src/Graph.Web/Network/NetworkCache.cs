using System.Collections.Concurrent;
using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Graph.Web.Network;

/// <summary>
/// Serves networks built from the store's write-time tallies, rebuilding only when the store's
/// version number changes (one single-row read per request). Each view and filter is built once
/// however many requests ask for it at the same time.
/// </summary>
public sealed class NetworkCache(IReportStore store, IOptions<GraphOptions> options)
{
    private const int MaxEntries = 64;
    private readonly ConcurrentDictionary<string, Lazy<CooperationNetwork>> networks = new();
    private readonly ConcurrentDictionary<string, Lazy<NetworkAnalysis>> analyses = new();
    private readonly Lock gate = new();
    private long version = -1;

    /// <summary>The whole view, analysed (path metrics skipped above the configured size): for metrics, exports and paths.</summary>
    public NetworkAnalysis Analyse(NetworkView view, NetworkFilter filter) =>
        Cached(analyses, "whole" + CacheKey(view, filter), () => NetworkAnalysis.Of(Network(view, filter), pathMetricNodeLimit: options.Value.PathMetricNodeLimit));

    /// <summary>The view cut to the node and edge budget (totals kept), analysed: what /api/graph shows.</summary>
    public NetworkAnalysis AnalyseShown(NetworkView view, NetworkFilter filter) =>
        Cached(analyses, "shown" + CacheKey(view, filter), () => NetworkAnalysis.Of(
            NetworkBudget.Apply(Network(view, filter), options.Value.NodeBudget, options.Value.EdgeBudget),
            pathMetricNodeLimit: options.Value.PathMetricNodeLimit));

    /// <summary>Whether the store knows an actor with this id.</summary>
    public bool KnowsActor(string id) => store.FindActor(id) is not null;

    private CooperationNetwork Network(NetworkView view, NetworkFilter filter) =>
        Cached(networks, CacheKey(view, filter), () => AggregateNetworkBuilder.Build(store, view, filter, options.Value.BipartiteEventBudget));

    private T Cached<T>(ConcurrentDictionary<string, Lazy<T>> cache, string key, Func<T> build)
    {
        var current = store.Version();
        lock (gate)
        {
            if (current != version)
            {
                networks.Clear();
                analyses.Clear();
                version = current;
            }

            if (cache.Count >= MaxEntries)
            {
                cache.Clear();
            }
        }

        return cache.GetOrAdd(key, _ => new Lazy<T>(build, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private static string CacheKey(NetworkView view, NetworkFilter f) =>
        string.Join('\u001f', view, f.From, f.To, f.CrimeArea, f.Kinds is null ? "" : string.Join(',', f.Kinds.Order()),
            f.MinWeight?.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Operation?.ToLowerInvariant(), f.Center, f.Depth, f.CollaborationWeighting);
}
