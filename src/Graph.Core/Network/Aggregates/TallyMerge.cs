using System.Globalization;
using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>Tallies of several periods summed per node and per edge, keeping each one's earliest appearance.</summary>
internal sealed class TallyMerge
{
    public Dictionary<string, Sum> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Source, string Target), Sum> Edges { get; } = [];

    public void Add(IEnumerable<NodeTally> nodes, IEnumerable<EdgeTally> edges)
    {
        foreach (var n in nodes)
        {
            Get(Nodes, n.Node).Add(n.Reports, n.Events, 0, 0, n.FirstDate, n.FirstKey, n.Sources);
        }

        foreach (var e in edges)
        {
            Get(Edges, (e.Source, e.Target)).Add(e.Reports, e.Events, e.Led, e.Newman, e.FirstDate, e.FirstKey, e.Sources);
        }
    }

    /// <summary>The summed tallies as one period's rows of a view and crime area.</summary>
    public TallySet ToSet(string projection, string period, string area) => new(
        [.. Nodes.Select(n => new NodeTally(projection, period, area, n.Key, n.Value.Reports, n.Value.Events, n.Value.FirstDate, n.Value.FirstKey, n.Value.Sources))],
        [.. Edges.Select(e => new EdgeTally(projection, period, area, e.Key.Source, e.Key.Target, e.Value.Reports, e.Value.Events, e.Value.Led, e.Value.Newman,
            e.Value.FirstDate, e.Value.FirstKey, e.Value.Sources))]);

    private static Sum Get<TKey>(Dictionary<TKey, Sum> sums, TKey key)
        where TKey : notnull
    {
        if (!sums.TryGetValue(key, out var sum))
        {
            sums[key] = sum = new Sum();
        }

        return sum;
    }

    /// <summary>One node's or edge's summed tallies.</summary>
    public sealed class Sum
    {
        public int Reports { get; private set; }

        public int Events { get; private set; }

        public int Led { get; private set; }

        public double Newman { get; private set; }

        public int Sources { get; private set; }

        public string FirstDate { get; private set; } = "";

        public long FirstKey { get; private set; } = long.MaxValue;

        public DateOnly? Date => FirstDate == ReportTallies.Undated
            ? null
            : DateOnly.ParseExact(FirstDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public void Add(int reports, int events, int led, double newman, string firstDate, long firstKey, int sources)
        {
            (Reports, Events, Led, Newman, Sources) = (Reports + reports, Events + events, Led + led, Newman + newman, Sources + sources);
            var order = FirstDate.Length == 0 ? -1 : string.CompareOrdinal(firstDate, FirstDate);
            if (order < 0 || (order == 0 && firstKey < FirstKey))
            {
                (FirstDate, FirstKey) = (firstDate, firstKey);
            }
        }
    }
}
