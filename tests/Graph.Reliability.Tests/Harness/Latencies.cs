using System.Globalization;

namespace Graph.Reliability.Tests.Harness;

/// <summary>Response times per kind of request, and their percentiles.</summary>
public sealed class Latencies
{
    private readonly Dictionary<string, List<double>> _byKind = [];

    public void Add(string kind, double milliseconds)
    {
        lock (_byKind)
        {
            if (!_byKind.TryGetValue(kind, out var list))
            {
                _byKind[kind] = list = [];
            }

            list.Add(milliseconds);
        }
    }

    public int Count
    {
        get
        {
            lock (_byKind)
            {
                return _byKind.Values.Sum(l => l.Count);
            }
        }
    }

    /// <summary>One line per kind and one for all: count, p50, p99 and max in ms.</summary>
    public IEnumerable<string> Summary(TimeSpan duration)
    {
        lock (_byKind)
        {
            foreach (var (kind, list) in _byKind.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                yield return Line(kind, list, duration);
            }

            yield return Line("all", _byKind.Values.SelectMany(l => l).ToList(), duration);
        }
    }

    public static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string Line(string kind, List<double> values, TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{kind,-14} {values.Count,6} requests {values.Count / duration.TotalSeconds,7:F1}/s   p50 {Percentile(values, 0.50),7:F1} ms   p99 {Percentile(values, 0.99),7:F1} ms   max {values.DefaultIfEmpty(0).Max(),7:F1} ms");
}
