namespace Graph.Core.Analysis;

/// <summary>Every per-node metric of one node.</summary>
/// <param name="Degree">Number of neighbours.</param>
/// <param name="WeightedDegree">Sum of the weights of its edges.</param>
/// <param name="Betweenness">Normalised betweenness, hop-count paths.</param>
/// <param name="WeightedBetweenness">Normalised betweenness, edge length 1 / weight.</param>
/// <param name="Closeness">Closeness with the Wasserman–Faust scaling.</param>
/// <param name="PageRank">Weighted PageRank (α = 0.85); null when the power iteration did not converge.</param>
/// <param name="Eigenvector">Eigenvector centrality; null when the power iteration did not converge.</param>
/// <param name="Clustering">Unweighted local clustering coefficient.</param>
/// <param name="Core">k-core number.</param>
/// <param name="Community">Louvain community number.</param>
public sealed record NodeMetrics(
    int Degree,
    double WeightedDegree,
    double Betweenness,
    double WeightedBetweenness,
    double Closeness,
    double? PageRank,
    double? Eigenvector,
    double Clustering,
    int Core,
    int Community);
