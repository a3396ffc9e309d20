using Graph.Core.Extraction.Knowledge;
using Lingua;

namespace Graph.Core.Extraction;

/// <summary>
/// The languages reports are read in, by ISO 639-1 code, and the detection of a report's language:
/// first a vote of the opening's frequent function words (<see cref="LanguageVote"/>), and Lingua,
/// restricted to these four, only when that vote is close or empty. Detection reads the opening of
/// a report only, so its cost does not grow with the report.
/// </summary>
public static class ReportLanguage
{
    /// <summary>English, the language of the knowledge files at the top of <c>data/knowledge</c>.</summary>
    public const string English = "en";

    /// <summary>
    /// How much of a report Lingua reads: two or three sentences settle the language, and
    /// detection's cost grows with what it reads (it dominated extraction time at 1,500 characters).
    /// </summary>
    private const int SampleLength = 400;

    private static readonly (Language Language, string Code)[] Codes =
        [(Language.English, English), (Language.Spanish, "es"), (Language.Portuguese, "pt"), (Language.French, "fr")];

    private static readonly Lazy<LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromLanguages([.. Codes.Select(c => c.Language)]).WithLowAccuracyMode().WithPreloadedLanguageModels().Build());

    private static readonly Lazy<LanguageVote> Vote = new(() => NewVote(ExtractionKnowledge.Default));

    /// <summary>The codes a report's language may have: <c>en</c>, <c>es</c>, <c>pt</c>, <c>fr</c>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Codes.Select(c => c.Code)];

    /// <summary>Whether <paramref name="code"/> is one of <see cref="All"/> (lower case, as stored).</summary>
    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);

    /// <summary>The English name of a known language ("Spanish" for <c>es</c>).</summary>
    /// <exception cref="ArgumentException">The code is not one of <see cref="All"/>.</exception>
    public static string NameOf(string code) => Codes.First(c => c.Code == Checked(code)).Language.ToString();

    /// <summary>The code itself when it is known; otherwise an error naming the known ones.</summary>
    /// <exception cref="ArgumentException">The code is not one of <see cref="All"/>.</exception>
    public static string Checked(string code) =>
        IsKnown(code) ? code : throw new ArgumentException($"Unknown language '{code}'; known: {string.Join(", ", All)}.", nameof(code));

    /// <summary>The language of the report's opening; English when detection cannot tell.</summary>
    /// <example><c>ReportLanguage.Detect("La Guardia Civil ha detenido a seis personas.")</c> → <c>"es"</c></example>
    public static string Detect(string text) => Detect(text, Vote.Value);

    /// <summary>The vote over the languages of <see cref="All"/>, with the vote lists of <paramref name="knowledge"/>.</summary>
    internal static LanguageVote NewVote(ExtractionKnowledge knowledge) => new(knowledge, All);

    /// <summary>As <see cref="Detect(string)"/>, with the given vote lists.</summary>
    internal static string Detect(string text, LanguageVote vote)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (vote.Winner(text) is { } winner)
        {
            return winner;
        }

        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var detected = Detector.Value.DetectLanguageOf(sample);
        foreach (var (language, code) in Codes)
        {
            if (language == detected)
            {
                return code;
            }
        }

        return English;
    }
}
