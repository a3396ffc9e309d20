namespace Graph.Core.Extraction.Knowledge;

/// <summary>How context shows that a country name means something else (data/knowledge/ambiguous-names.txt).</summary>
/// <param name="Name">The country name as written.</param>
/// <param name="Kind">person, before, after or near.</param>
/// <param name="Words">The context words the rule looks for.</param>
internal sealed record AmbiguityRule(string Name, string Kind, IReadOnlyList<string> Words);
