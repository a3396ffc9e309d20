namespace Graph.Core.Extraction.Metadata;

/// <summary>
/// Session 29: the publisher's name heading a release ("U.S. Attorney's Office", "Statement from the Office of the Director
/// of Public Prosecutions", "Ministry of Policing, Suva — Statement, 18 November 2025"). Among the report's opening lines,
/// before any line ends a sentence, a line that is a body's name alone (after "from" at most, before a separator and what
/// the publisher adds: its seat, "News", the date) says who published the report, not who took part; a body that acted
/// is named so in the story too.
/// </summary>
internal static class Masthead
{
    private const int MaxLines = 4; // "Department of Justice / U.S. Attorney's Office / Eastern District of New York / FOR IMMEDIATE RELEASE"
    private const int MaxLineLength = 120;

    /// <summary>How far into the text a masthead may reach; a name starting later is not looked at.</summary>
    public const int Reach = MaxLines * (MaxLineLength + 2);

    /// <summary>Whether the name at <paramref name="start"/>..<paramref name="end"/> is a masthead line's body.</summary>
    public static bool Holds(string text, int start, int end)
    {
        var lineStart = 0;
        for (var line = 0; line < MaxLines && lineStart < text.Length; line++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var content = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (content.IsEmpty)
            {
                line--;
            }
            else if (content.Length > MaxLineLength || content[^1] is '.' or '!' or '?')
            {
                return false; // the story, or a headline long enough to be one, has begun
            }
            else if (start >= lineStart && end <= lineEnd)
            {
                return BeforeName(text.AsSpan(lineStart, start - lineStart)) && AfterName(text.AsSpan(end, lineEnd - end));
            }

            lineStart = lineEnd + 1;
        }

        return false;
    }

    /// <summary>Nothing before the name, or a heading ending in "from" ("Statement from the").</summary>
    private static bool BeforeName(ReadOnlySpan<char> before)
    {
        before = before.Trim();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }

        return before.IsEmpty || before.EndsWith(" from", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Nothing after the name, or a separator before what the publisher adds ("— Statement", ", Suva", "– News").</summary>
    private static bool AfterName(ReadOnlySpan<char> after)
    {
        after = after.Trim();
        return after.IsEmpty || after[0] is ',' or '–' or '—' or '-' or '|' or '(';
    }
}
