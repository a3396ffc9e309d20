using System.Collections.Concurrent;
using System.Globalization;
using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Core.Observability;

namespace Graph.Web.Network;

/// <summary>
/// The pictures /api/graph draws, cached per view, filter and picture options. A large view is
/// built once, bounded on its CSR snapshot, and only the kept part is analysed, so the cost of the
/// metrics follows the picture's size, not the corpus's. Emptied when the store's version number changes.
/// </summary>
public sealed class GraphPictures(NetworkCache cache, GraphMetrics metrics)
{
    private const int MaxEntries = 64;
    private readonly ConcurrentDictionary<string, Lazy<CooperationNetwork>> _networks = new();
    private readonly ConcurrentDictionary<string, Lazy<GraphResponse>> _responses = new();
    private readonly Lock _gate = new();
    private long _version = -1;

    /// <summary>The response for a view and filter drawn with <paramref name="options"/>.</summary>
    /// <param name="view">The view.</param>
    /// <param name="filter">Its filters.</param>
    /// <param name="options">Budget, measure, edge rule and included ids.</param>
    /// <param name="always">Bound even a view within the budget (the user asked for it).</param>
    public GraphResponse Draw(NetworkView view, NetworkFilter filter, PictureOptions options, bool always)
    {
        var version = cache.Version();
        lock (_gate)
        {
            if (version != _version || _responses.Count >= MaxEntries)
            {
                _version = version;
                _networks.Clear();
                _responses.Clear();
            }
        }

        var viewKey = NetworkCache.CacheKey(view, filter);
        var key = string.Join('\u001f', viewKey, always, options.NodeBudget, options.Measure, options.Edges,
            options.Alpha.ToString("R", CultureInfo.InvariantCulture), options.EdgesPerNode, string.Join(',', options.Include));
        if (_responses.TryGetValue(key, out var held))
        {
            metrics.CacheLookup(hit: true);
            return held.Value;
        }

        metrics.CacheLookup(hit: false);
        return _responses.GetOrAdd(key, _ => new Lazy<GraphResponse>(() =>
        {
            // A large tallied view is pictured from its totals; what that cannot answer exactly is built whole, then cut.
            var picture = cache.Picture(view, filter, options, always) ?? NetworkPicture.Of(
                _networks.GetOrAdd(viewKey, _ => new Lazy<CooperationNetwork>(() => cache.Network(view, filter))).Value,
                options, PictureQuery.AutoEdgeLimit, always);
            return Draw(picture, view, options);
        })).Value;
    }

    /// <summary>The response for an already built network, such as a snapshot's view (not cached here).</summary>
    public static GraphResponse Draw(CooperationNetwork network, NetworkView view, PictureOptions options, bool always) =>
        Draw(NetworkPicture.Of(network, options, PictureQuery.AutoEdgeLimit, always), view, options);

    private static GraphResponse Draw(NetworkPicture picture, NetworkView view, PictureOptions options)
    {
        var drawn = CytoscapeGraph.From(NetworkAnalysis.Of(picture.Shown));
        return new GraphResponse(drawn.Nodes, drawn.Edges, drawn.Stats, PictureSummary.Of(view, picture, options));
    }
}
