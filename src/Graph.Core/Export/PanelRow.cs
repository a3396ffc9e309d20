namespace Graph.Core.Export;

/// <summary>
/// One line of the long dyad-period panel: how many operations of one kind the two countries shared in
/// one period.
/// </summary>
/// <param name="Country1">ISO 3166-1 alpha-2 code of the first country (the smaller code when undirected).</param>
/// <param name="Country2">ISO code of the second country.</param>
/// <param name="Period"><c>yyyy</c> or <c>yyyy-MM</c>.</param>
/// <param name="Variable">What is counted: <c>operations</c>, <c>crime_area</c>, <c>role</c> or <c>source</c>.</param>
/// <param name="Category">The variable's category (a crime area, a role pattern, a source kind); <c>all</c> for <c>operations</c>.</param>
/// <param name="Count">Operations.</param>
public sealed record PanelRow(string Country1, string Country2, string Period, string Variable, string Category, int Count);
