using System.Reflection;

namespace Graph.Core.Extraction.Knowledge;

/// <summary>
/// Reads the line-oriented knowledge files under <c>data/knowledge</c>, embedded in this assembly:
/// '#' starts a comment line, blank lines are skipped, columns are split by a separator.
/// </summary>
internal static class KnowledgeFile
{
    private static readonly Assembly Assembly = typeof(KnowledgeFile).Assembly;

    /// <summary>The data lines of an embedded knowledge file, split into trimmed columns.</summary>
    public static IEnumerable<string[]> Rows(string fileName, char separator)
    {
        using var stream = Assembly.GetManifestResourceStream("knowledge/" + fileName)
            ?? throw new InvalidOperationException($"Knowledge file '{fileName}' is not embedded in Graph.Core.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return line.Split(separator).Select(c => c.Trim()).ToArray();
        }
    }

    /// <summary>Splits a ';'-separated list cell into its non-empty items.</summary>
    public static IEnumerable<string> List(string cell, char separator = ';') =>
        cell.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Reads a file of <c>name | item; item</c> lines into named lists.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> NamedLists(string fileName)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var row in Rows(fileName, '|'))
        {
            lists[row[0]] = [.. (lists.GetValueOrDefault(row[0]) ?? []), .. List(row[^1])];
        }

        return lists;
    }
}
