namespace Graph.Core.Export;

/// <summary>How a dyad-period panel is cut.</summary>
/// <param name="Period">Years or months.</param>
/// <param name="Directed">Both orders of each country pair (A→B and B→A) rather than one undirected row (A &lt; B).</param>
/// <param name="Zeros">Also write the rows whose count is 0: every dyad seen × every period of the span × every category.</param>
/// <param name="From">Keep operations whose first report is dated on or after this day.</param>
/// <param name="To">Keep operations whose first report is dated on or before this day.</param>
public sealed record PanelOptions(PanelPeriod Period = PanelPeriod.Year, bool Directed = false, bool Zeros = false, DateOnly? From = null, DateOnly? To = null);
