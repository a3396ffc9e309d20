using System.Diagnostics.Metrics;

namespace Graph.Core.Observability;

/// <summary>
/// The application's own counters, on the <c>Graph</c> meter (the name to enable in a metrics
/// exporter). Request rates and latencies are not here: ASP.NET Core's built-in meters measure them.
/// One instance per host, created through <see cref="IMeterFactory"/> so tests' hosts do not share counts.
/// </summary>
public sealed class GraphMetrics
{
    /// <summary>Name of the meter every instrument here belongs to.</summary>
    public const string MeterName = "Graph";

    private readonly Counter<long> _reportsStored;
    private readonly Counter<long> _reportsDuplicate;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _importItems;

    /// <summary>Creates the instruments on the <see cref="MeterName"/> meter of <paramref name="meters"/>.</summary>
    public GraphMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _reportsStored = meter.CreateCounter<long>("graph.reports.stored", "{report}", "Reports newly stored, by source (api, import, seed).");
        _reportsDuplicate = meter.CreateCounter<long>("graph.reports.duplicate", "{report}", "Reports handed in again and not stored twice.");
        _cacheLookups = meter.CreateCounter<long>("graph.network_cache.lookups", "{lookup}", "Analysed-network cache lookups, by result (hit, miss).");
        _importItems = meter.CreateCounter<long>("graph.import.items", "{item}", "Items an import has processed, by outcome (stored, duplicate, rejected).");
    }

    /// <summary>Counts one report handed in through <paramref name="source"/>: stored, or recognised as already stored.</summary>
    public void ReportSaved(bool created, string source)
    {
        var tag = new KeyValuePair<string, object?>("source", source);
        if (created)
        {
            _reportsStored.Add(1, tag);
        }
        else
        {
            _reportsDuplicate.Add(1, tag);
        }
    }

    /// <summary>Counts a lookup in the analysed-network cache.</summary>
    public void CacheLookup(bool hit) => _cacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    /// <summary>Counts <paramref name="count"/> items of an import with one outcome (e.g. <c>stored</c>, <c>duplicate</c>, <c>rejected</c>).</summary>
    public void ImportProgress(string outcome, long count = 1) => _importItems.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
}
