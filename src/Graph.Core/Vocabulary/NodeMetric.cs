using Graph.Core.Analysis;

namespace Graph.Core.Vocabulary;

/// <summary>
/// One per-node metric as every consumer names it: the wire and export name, the label and
/// description the page shows, whether it is a whole number, and how to read it from <see cref="NodeMetrics"/>.
/// </summary>
/// <param name="Name">Camel-case name on the wire, in exports and on the command line (<c>pagerank</c>).</param>
/// <param name="Label">Short label for people (<c>PageRank</c>).</param>
/// <param name="Description">One sentence saying what the number means.</param>
/// <param name="IsInteger">Whether the value is a whole number (degree, core, community).</param>
/// <param name="Read">The value of one node; null when the metric did not converge.</param>
/// <param name="CanSize">Whether a node's size can sensibly follow it (a community number cannot).</param>
public sealed record NodeMetric(string Name, string Label, string Description, bool IsInteger, Func<NodeMetrics, object?> Read, bool CanSize = true);
