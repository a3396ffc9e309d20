using System.Globalization;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;

namespace Graph.Core.Ingestion;

/// <summary>
/// Reads a sample report file of <c>data/reports</c>: a title line, a <c>date YYYY-MM-DD</c> line,
/// a <c>source URL</c> line, then the report in the project's own words.
/// </summary>
public static class SampleReportFile
{
    /// <summary>Length of the <c>date YYYY-MM-DD</c> line marker.</summary>
    internal const int DateLineLength = 15;

    /// <summary>Whether a line starts with the <c>date YYYY-MM-DD</c> marker of a sample file.</summary>
    internal static bool IsDateLine(string line) =>
        line.StartsWith("date ", StringComparison.OrdinalIgnoreCase) && line.Length > DateLineLength;

    /// <summary>Whether the text starts with the title, date and source lines of a sample report.</summary>
    public static bool HasHeader(string content) => HasHeader(Lines(content));

    /// <summary>The submission the file describes.</summary>
    /// <exception cref="FormatException">The header lines are missing or malformed.</exception>
    public static ReportSubmission Parse(string content)
    {
        var lines = Lines(content);
        if (!HasHeader(lines))
        {
            throw new FormatException("A sample report starts with a title line, a 'date YYYY-MM-DD' line and a 'source URL' line.");
        }

        var date = IsoDate.Parse(lines[1][5..].Trim());
        var body = string.Join('\n', lines[3..]).Trim();
        return new ReportSubmission(body, lines[0].Trim(), lines[2][7..].Trim(), date);
    }

    private static string[] Lines(string content) => content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static bool HasHeader(string[] lines) =>
        lines.Length >= 4 && lines[1].StartsWith("date ", StringComparison.Ordinal) && lines[2].StartsWith("source ", StringComparison.Ordinal);
}
