using QuikGraph;

namespace Graph.Core.Network;

/// <summary>
/// An undirected edge of a cooperation network with its weight and the evidence behind it.
/// <see cref="Source"/> is always the ordinally smaller id, so an edge has one spelling.
/// </summary>
public sealed class CooperationEdge : IEdge<string>
{
    /// <summary>Creates an edge; the ends are put in ordinal order.</summary>
    public CooperationEdge(string a, string b, double weight, EdgeKind kind, IReadOnlyList<EdgeEvidence> evidence)
    {
        ArgumentException.ThrowIfNullOrEmpty(a);
        ArgumentException.ThrowIfNullOrEmpty(b);
        (Source, Target) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        Weight = weight;
        Kind = kind;
        Evidence = evidence;
        ReportIds = evidence.Select(e => e.ReportId).Distinct().Order().ToArray();
        ReportCount = ReportIds.Count;
        Languages = evidence.Select(e => e.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        EventCount = evidence.Select(e => e.EventId).Distinct().Count();
        FirstDate = evidence.Select(e => e.ReportDate).Where(d => d is not null).Min();
    }

    /// <summary>
    /// Creates an edge from counts alone, as read from the write-time tallies: its evidence and report
    /// ids are not loaded (the store gives them a page at a time when asked).
    /// </summary>
    public CooperationEdge(string a, string b, double weight, EdgeKind kind, int reportCount, int eventCount, DateOnly? firstDate)
        : this(a, b, weight, kind, [])
    {
        ReportCount = reportCount;
        EventCount = eventCount;
        FirstDate = firstDate;
    }

    /// <summary>The ordinally smaller end.</summary>
    public string Source { get; }

    /// <summary>The ordinally larger end.</summary>
    public string Target { get; }

    /// <summary>
    /// Number of distinct reports supporting the edge, or with Newman's collaboration weighting
    /// the sum over shared events of 1/(participants − 1). Always 1 in the two-mode view.
    /// </summary>
    public double Weight { get; }

    /// <summary>Whether one end led a shared event (or, two-mode, led the event).</summary>
    public EdgeKind Kind { get; }

    /// <summary>Supporting events with their reports and sentences.</summary>
    public IReadOnlyList<EdgeEvidence> Evidence { get; }

    /// <summary>Ids of the supporting reports, ascending.</summary>
    public IReadOnlyList<long> ReportIds { get; }

    /// <summary>Languages of the supporting reports (ISO 639-1), in code order; empty when <see cref="ReportIds"/> is not loaded.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Number of distinct supporting reports (also when <see cref="ReportIds"/> is not loaded).</summary>
    public int ReportCount { get; }

    /// <summary>Date of the earliest dated supporting report, or null.</summary>
    public DateOnly? FirstDate { get; }

    /// <summary>Number of distinct supporting events.</summary>
    public int EventCount { get; }

    /// <summary>Whether the edge rests on at least one participation a curation edit added, moved, confirmed or changed.</summary>
    public bool Curated { get; init; }

    /// <summary>The end that is not <paramref name="node"/>.</summary>
    public string OtherEnd(string node) => node == Source ? Target : Source;

    /// <summary>A stable id for the edge: <c>source|target</c>.</summary>
    public string Id => Source + "|" + Target;
}
