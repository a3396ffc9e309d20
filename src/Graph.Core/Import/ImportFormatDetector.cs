using System.Text;

namespace Graph.Core.Import;

/// <summary>Tells a file's format from its name and first bytes, for <see cref="ImportFormat.Auto"/>.</summary>
public static class ImportFormatDetector
{
    /// <summary>How many leading bytes the detector looks at.</summary>
    public const int HeadLength = 4096;

    /// <summary>The format, or null when the file is none the import reads.</summary>
    /// <param name="name">The file's name (its extension is the first clue).</param>
    /// <param name="head">The file's first bytes (up to <see cref="HeadLength"/>).</param>
    public static ImportFormat? Detect(string name, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml" or ".shtml": return ImportFormat.Html;
            case ".rss" or ".atom": return ImportFormat.Feed;
            case ".json" or ".jsonl" or ".ndjson": return ImportFormat.Jsonl;
            case ".txt": return ImportFormat.Text;
            case ".csv" or ".tsv": return IsGdelt(text) ? ImportFormat.Gdelt : ImportFormat.Csv;
        }

        if (text.StartsWith('<'))
        {
            var lower = text.ToLowerInvariant();
            return lower.Contains("<rss", StringComparison.Ordinal) || lower.Contains("<feed", StringComparison.Ordinal) ? ImportFormat.Feed
                : lower.Contains("<html", StringComparison.Ordinal) || lower.Contains("<!doctype html", StringComparison.Ordinal) ? ImportFormat.Html
                : null;
        }

        if (IsGdelt(text))
        {
            return ImportFormat.Gdelt;
        }

        if (extension.Length == 0 && text.Length > 0)
        {
            return text[0] is '{' or '[' ? ImportFormat.Jsonl : ImportFormat.Text;
        }

        return null;
    }

    /// <summary>A GDELT 2.0 events line: 61 tab-separated columns, the first a numeric event id.</summary>
    private static bool IsGdelt(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = end < 0 ? text : text[..end];
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return tab > 0 && line.Count(c => c == '\t') == GdeltColumns.Count - 1 && line[..tab].All(char.IsAsciiDigit);
    }
}
