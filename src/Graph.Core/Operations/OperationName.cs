using System.Globalization;
using System.Text;
using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Operations;

/// <summary>
/// An operation name brought to the form reports are compared in: folded case and accents, the
/// operation word the extractor writes in front dropped, punctuation gone and a Roman or written
/// serial turned into digits, so "Operation Pangea XVI", "Operação Pangea XVI" and "Pangea-16" all
/// become <c>pangea 16</c>. <see cref="Stem"/> is the name without its serial, <see cref="Serial"/>
/// the serial (year or number) or null.
/// </summary>
/// <param name="Key">The whole normalised name: <c>pangea 16</c>.</param>
/// <param name="Stem">The words before the serial: <c>pangea</c>.</param>
/// <param name="Serial">The trailing number, in digits, or null.</param>
public sealed record OperationName(string Key, string Stem, string? Serial)
{
    private static readonly Lazy<HashSet<string>> OperationWords = new(() =>
        ExtractionKnowledge.Default.List(KnowledgeList.OperationWord).Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The key that finds names which may be near-spellings of this one: the first three letters of the
    /// stem and the serial. Two names are only compared letter by letter when their blocks agree.
    /// </summary>
    public string Block => (Stem.Length <= 3 ? Stem : Stem[..3]) + "|" + Serial;

    /// <summary>Normalises a name; null when it holds no word beyond the operation word.</summary>
    /// <example><code>OperationName.Parse("Operation Pangea XVI")!.Key == "pangea 16"</code></example>
    public static OperationName? Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var words = Words(TextFolding.Fold(name));
        if (words.Count > 0 && OperationWords.Value.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return null;
        }

        string? serial = null;
        if (words.Count > 1 && AsNumber(words[^1]) is { } number)
        {
            serial = number;
            words.RemoveAt(words.Count - 1);
        }

        var stem = string.Join(' ', words);
        return new OperationName(serial is null ? stem : stem + " " + serial, stem, serial);
    }

    private static List<string> Words(string folded)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    private static string? AsNumber(string word)
    {
        if (word.All(char.IsAsciiDigit))
        {
            return long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n.ToString(CultureInfo.InvariantCulture) : word;
        }

        return RomanNumeral.TryRead(word, out var value) ? value.ToString(CultureInfo.InvariantCulture) : null;
    }
}
