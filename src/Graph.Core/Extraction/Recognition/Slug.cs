using System.Text;

namespace Graph.Core.Extraction.Recognition;

/// <summary>Turns a name into a stable id part: lower case, no accents, words joined by '-'.</summary>
internal static class Slug
{
    public static string Of(string name)
    {
        var plain = TextFolding.Fold(name);
        var builder = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
