using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Vocabulary;

/// <summary>
/// The grouping above countries: each ISO alpha-2 code's UN M49 sub-region ("Western Europe") and
/// continent ("Europe"), read from <c>data/knowledge/world-regions.tsv</c>. Group ids are
/// <c>region:western-europe</c> and <c>continent:europe</c>.
/// </summary>
public sealed class WorldRegions
{
    private readonly Dictionary<string, (string Subregion, string Continent)> _byCode;

    private WorldRegions(Dictionary<string, (string Subregion, string Continent)> byCode) => _byCode = byCode;

    /// <summary>The grouping from the embedded knowledge file.</summary>
    public static WorldRegions Default { get; } = new(
        KnowledgeFile.Rows("world-regions.tsv", '\t').Skip(1)
            .ToDictionary(row => row[0].ToUpperInvariant(), row => (row[1], row[2]), StringComparer.Ordinal));

    /// <summary>The sub-region's name for a country code, or null for an unknown code.</summary>
    public string? SubregionOf(string countryCode) =>
        _byCode.TryGetValue(countryCode.ToUpperInvariant(), out var entry) ? entry.Subregion : null;

    /// <summary>The continent's name for a country code, or null for an unknown code.</summary>
    public string? ContinentOf(string countryCode) =>
        _byCode.TryGetValue(countryCode.ToUpperInvariant(), out var entry) ? entry.Continent : null;

    /// <summary>The node id of a group: <c>region:</c> or <c>continent:</c> and its name in lower case with dashes.</summary>
    public static string GroupId(string prefix, string name) =>
        prefix + ":" + name.ToLowerInvariant().Replace(' ', '-');
}
