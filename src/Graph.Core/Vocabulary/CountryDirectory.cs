using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Vocabulary;

/// <summary>
/// The countries the product knows, by ISO code, for whoever lists them (the API's country list,
/// geographic layouts); read from the same knowledge the extractor uses, but asked of this service.
/// </summary>
public sealed class CountryDirectory
{
    /// <summary>A directory over <paramref name="knowledge"/>'s countries.</summary>
    public CountryDirectory(ExtractionKnowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        All = [.. knowledge.Countries.Values.OrderBy(c => c.Alpha2, StringComparer.Ordinal)];
    }

    /// <summary>The directory over the embedded knowledge files.</summary>
    public static CountryDirectory Default { get; } = new(ExtractionKnowledge.Default);

    /// <summary>Every country, ordered by its ISO 3166-1 alpha-2 code.</summary>
    public IReadOnlyList<CountryInfo> All { get; }
}
