namespace Graph.Core.Extraction.Metadata;

/// <summary>Takes a report's first line as its headline when it reads like one.</summary>
internal static class TitleReader
{
    private const int MaxTitleLength = 200;

    public static string? Read(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2)
        {
            return null;
        }

        var first = lines[0];
        var isHeadline = first.Length <= MaxTitleLength && !first.EndsWith('.') && !first.StartsWith("date ", StringComparison.OrdinalIgnoreCase);
        return isHeadline ? first : null;
    }
}
