namespace Graph.Core.Extraction.Metadata;

/// <summary>Takes a report's first line as its headline when it reads like one (not a sentence, a marker or a date line).</summary>
internal static class TitleReader
{
    private const int MaxTitleLength = 200;

    public static string? Read(string text)
    {
        var rest = text.AsSpan();
        var first = NextLine(ref rest);
        if (first.IsEmpty || NextLine(ref rest).IsEmpty)
        {
            return null; // a single line is the story itself
        }

        var isHeadline = first.Length <= MaxTitleLength && !first.EndsWith('.') && !first.StartsWith("date ", StringComparison.OrdinalIgnoreCase)
            && !ReportDateReader.IsDateLine(first);
        return isHeadline ? first.ToString() : null;
    }

    /// <summary>The next line with any text, trimmed; empty when none is left.</summary>
    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> rest)
    {
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (!line.IsEmpty)
            {
                return line;
            }
        }

        return [];
    }
}
