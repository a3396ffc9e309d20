using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Ingestion;

/// <summary>
/// The title a report is stored under: the one handed in, else the one extracted, else the text's
/// first line (without a sample file's <c>date YYYY-MM-DD</c> marker), cut to 100 characters.
/// </summary>
public static class ReportTitle
{
    private const int MaxLength = 100;

    /// <summary>The title for <paramref name="submission"/> given what was extracted from it.</summary>
    public static string For(ReportSubmission submission, ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(extraction);
        return submission.Title ?? extraction.Title ?? FirstLine(submission.Text);
    }

    private static string FirstLine(string text)
    {
        var firstLine = text.Trim().Split('\n')[0].Trim();
        if (SampleReportFile.IsDateLine(firstLine))
        {
            firstLine = firstLine[SampleReportFile.DateLineLength..].Trim(); // the date marker is no title
        }

        return firstLine.Length <= MaxLength ? firstLine : firstLine[..(MaxLength - 3)] + "...";
    }
}
