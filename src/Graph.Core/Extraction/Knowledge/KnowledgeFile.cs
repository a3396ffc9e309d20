using System.Collections.Concurrent;
using System.Reflection;

namespace Graph.Core.Extraction.Knowledge;

/// <summary>
/// Reads the line-oriented knowledge files under <c>data/knowledge</c>, embedded in this assembly:
/// '#' starts a comment line, blank lines are skipped, columns are split by a separator.
/// </summary>
internal static class KnowledgeFile
{
    private static readonly Assembly Assembly = typeof(KnowledgeFile).Assembly;
    private static readonly ConcurrentDictionary<string, bool> Opened = new(StringComparer.Ordinal);

    /// <summary>The knowledge files read so far in this process, so a test can tie every file to its reader.</summary>
    public static IReadOnlyCollection<string> Read => [.. Opened.Keys];

    /// <summary>Whether a knowledge file is embedded (a language's copy of a file may not be).</summary>
    public static bool Exists(string fileName) => Assembly.GetManifestResourceInfo("knowledge/" + fileName) is not null;

    /// <summary>The data lines of an embedded knowledge file, split into trimmed columns.</summary>
    public static IEnumerable<string[]> Rows(string fileName, char separator) =>
        NumberedRows(fileName, separator).Select(r => r.Cells);

    /// <summary>The data lines of an embedded knowledge file with their line numbers (from 1), for errors that point at the line.</summary>
    public static IEnumerable<(int Line, string[] Cells)> NumberedRows(string fileName, char separator)
    {
        using var stream = Assembly.GetManifestResourceStream("knowledge/" + fileName)
            ?? throw new InvalidOperationException($"Knowledge file '{fileName}' is not embedded in Graph.Core.");
        Opened.TryAdd(fileName, true);
        using var reader = new StreamReader(stream);
        foreach (var row in Parse(reader, separator))
        {
            yield return row;
        }
    }

    /// <summary>The data lines of knowledge-file text, numbered from 1.</summary>
    public static IEnumerable<(int Line, string[] Cells)> Parse(TextReader reader, char separator)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return (number, line.Split(separator).Select(c => c.Trim()).ToArray());
        }
    }

    /// <summary>Splits a ';'-separated list cell into its non-empty items.</summary>
    public static IEnumerable<string> List(string cell, char separator = ';') =>
        cell.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>An error in a knowledge file, pointing at its line.</summary>
    public static InvalidDataException Error(string fileName, int line, string problem) =>
        new($"data/knowledge/{fileName}:{line}: {problem}");
}
