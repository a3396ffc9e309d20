using System.Collections.Concurrent;
using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Observability;
using Graph.Core.Storage;
using Graph.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Graph.Web.Network;

/// <summary>
/// Serves networks built from the store's write-time tallies, rebuilding only when the store's
/// version number changes (one single-row read per request). Each view and filter is built once
/// however many requests ask for it at the same time.
/// </summary>
public sealed class NetworkCache(IReportStore store, IOptions<GraphOptions> options, GraphMetrics metrics, IOutputCacheStore outputs)
{
    private const int MaxEntries = 64;
    private readonly ConcurrentDictionary<string, Lazy<CooperationNetwork>> _networks = new();
    private readonly ConcurrentDictionary<string, Lazy<NetworkAnalysis>> _analyses = new();
    private readonly ConcurrentDictionary<string, bool> _pictured = new();
    private readonly KeptLinkTotalsSet _kept = new();

    private readonly Lock _gate = new();
    private long _version = -1;

    /// <summary>The whole view, analysed (betweenness and closeness estimated above the exact limits): for metrics, exports and paths.</summary>
    public NetworkAnalysis Analyse(NetworkView view, NetworkFilter filter) =>
        Cached(_analyses, "whole" + CacheKey(view, filter), () => NetworkAnalysis.Of(Network(view, filter)));

    /// <summary>
    /// Whether this view and filter were analysed already at the store's current version (analysed
    /// whole, or built for a picture); the rate limiter lets such reads through.
    /// </summary>
    public bool Holds(NetworkView view, NetworkFilter filter) =>
        _version == store.Version()
            && (_analyses.ContainsKey("whole" + CacheKey(view, filter)) || _networks.ContainsKey(CacheKey(view, filter)) || _pictured.ContainsKey(CacheKey(view, filter)));

    /// <summary>Whether the store knows an actor with this id.</summary>
    public bool KnowsActor(string id) => store.FindActor(id) is not null;

    /// <summary>The store's version number: it changes whenever a report is stored.</summary>
    public long Version() => store.Version();

    /// <summary>The whole view, built from the tallies (or the admitted events) at the store's current version.</summary>
    public CooperationNetwork Network(NetworkView view, NetworkFilter filter) =>
        Cached(_networks, CacheKey(view, filter), () => AggregateNetworkBuilder.Build(store, view, filter, options.Value.BipartiteEventBudget));

    /// <summary>
    /// The bounded picture of a large view read from the tallies' totals without building the whole view,
    /// or null when only the whole view answers it exactly (see <see cref="AggregatePicture.TryDraw"/>).
    /// </summary>
    public NetworkPicture? Picture(NetworkView view, NetworkFilter filter, PictureOptions picture, bool always)
    {
        var version = store.Version();
        // Over all time the store keeps every node's link totals as reports are written; the nodes' rows, the
        // actors and the kept nodes' edges are kept here too, so after a post only what it touched is read again.
        var drawn = AggregatePicture.TryDraw(store, view, filter, picture, PictureQuery.AutoEdgeLimit, always, _kept);
        lock (_gate)
        {
            Refresh(version);
            if (drawn is not null)
            {
                _pictured[CacheKey(view, filter)] = true;
            }
        }

        return drawn;
    }

    private T Cached<T>(ConcurrentDictionary<string, Lazy<T>> cache, string key, Func<T> build)
    {
        var current = store.Version();
        lock (_gate)
        {
            Refresh(current);
            if (cache.Count >= MaxEntries)
            {
                cache.Clear();
            }
        }

        if (cache.TryGetValue(key, out var held))
        {
            metrics.CacheLookup(hit: true);
            return held.Value;
        }

        metrics.CacheLookup(hit: false);
        return cache.GetOrAdd(key, _ => new Lazy<T>(build, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    // Under _gate: what was built at another version is dropped, and the answers serialised from it
    // (keyed by version, so never asked again: they would sit in the output cache until it filled).
    private void Refresh(long current)
    {
        if (current != _version)
        {
            if (_version >= 0)
            {
                _ = outputs.EvictByTagAsync(NetworkOutputCache.Tag, CancellationToken.None).AsTask();
            }

            _networks.Clear();
            _analyses.Clear();
            _pictured.Clear();
            _version = current;
        }
    }

    /// <summary>A key naming a view and its filters, for the caches built on this one.</summary>
    public static string CacheKey(NetworkView view, NetworkFilter f) =>
        string.Join('\u001f', view, f.From, f.To, f.CrimeArea, f.Kinds is null ? "" : string.Join(',', f.Kinds.Order()),
            f.MinWeight?.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Operation?.ToLowerInvariant(), f.Center, f.Depth, f.Weighting, f.Source,
            f.Expand is null ? "" : string.Join(',', f.Expand.Order(StringComparer.Ordinal)), f.Language);
}
