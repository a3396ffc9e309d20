namespace Graph.Web.Vocabulary;

/// <summary>One node metric as the page lists it (table columns, details, the Size-by choices).</summary>
public sealed record MetricEntry(string Name, string Label, string Description, bool IsInteger, bool CanSize);
