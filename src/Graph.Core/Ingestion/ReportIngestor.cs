using Graph.Core.Extraction;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Ingestion;

/// <summary>Extracts a report and stores it with everything extracted, in one transaction.</summary>
public sealed class ReportIngestor(IReportExtractor extractor, IReportStore store)
{
    /// <summary>Extracts and saves; blank text is refused before anything is touched.</summary>
    /// <exception cref="ArgumentException">The text is empty or white space only, or the language is unknown.</exception>
    public (SaveResult Saved, ReportExtraction Extraction) Ingest(ReportSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (string.IsNullOrWhiteSpace(submission.Text))
        {
            throw new ArgumentException("The report text is empty.");
        }

        var extraction = extractor.Extract(submission.Text, submission.Language);
        return (store.Save(submission with { Title = ReportTitle.For(submission, extraction) }, extraction), extraction);
    }
}
