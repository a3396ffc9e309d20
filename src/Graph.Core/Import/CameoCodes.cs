using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Import;

/// <summary>
/// What a GDELT row's CAMEO codes mean here: actor country codes mapped to ISO 3166-1 alpha-2
/// (<c>data/import/cameo-countries.tsv</c>), and the labels of the cooperation event codes
/// (<c>data/import/cameo-cooperation-codes.tsv</c>). Codes are strings throughout.
/// </summary>
internal sealed class CameoCodes
{
    private static readonly Lazy<CameoCodes> Embedded = new(() => new CameoCodes(ExtractionKnowledge.Default));

    private readonly Dictionary<string, string> _countries;
    private readonly Dictionary<string, string> _labels;
    private readonly ExtractionKnowledge _knowledge;

    private CameoCodes(ExtractionKnowledge knowledge)
    {
        _knowledge = knowledge;
        _countries = ImportData.Rows("cameo-countries.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        _labels = ImportData.Rows("cameo-cooperation-codes.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
    }

    /// <summary>The tables as embedded in the assembly.</summary>
    public static CameoCodes Default => Embedded.Value;

    /// <summary>The four CAMEO roots of cooperation: intent to cooperate, consult, diplomatic and material cooperation.</summary>
    public static readonly string[] CooperationRoots = ["03", "04", "05", "06"];

    /// <summary>The ISO alpha-2 code of a CAMEO country code, or null for a region, group or unknown code.</summary>
    public string? Country(string cameo) => _countries.GetValueOrDefault(cameo);

    /// <summary>The country's display name, the one the extractor gives the same country.</summary>
    public string CountryName(string alpha2) => _knowledge.Countries.TryGetValue(alpha2, out var info) ? info.Name : alpha2;

    /// <summary>The label of an event code: its own, else its longest labelled prefix's.</summary>
    public string Label(string eventCode)
    {
        for (var length = eventCode.Length; length >= 2; length--)
        {
            if (_labels.TryGetValue(eventCode[..length], out var label))
            {
                return label;
            }
        }

        return "cooperation";
    }
}
