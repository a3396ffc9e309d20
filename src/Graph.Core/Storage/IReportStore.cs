using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>Durable home of reports, their actors, mentions and events.</summary>
public interface IReportStore
{
    /// <summary>
    /// Stores the report and everything extracted from it in one transaction. Saving text that
    /// is already stored (same content hash) changes nothing and returns the existing id.
    /// </summary>
    SaveResult Save(ReportSubmission submission, ReportExtraction extraction);

    /// <summary>
    /// Stores many reports at once, each all-or-nothing: a report that cannot be written is refused
    /// without touching the others. Stores that can, write the batch in one transaction.
    /// </summary>
    IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<(ReportSubmission Submission, ReportExtraction Extraction)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return [.. reports.Select(r => new SaveOutcome(Save(r.Submission, r.Extraction), null))];
    }

    /// <summary>All reports, newest first.</summary>
    IReadOnlyList<ReportSummary> ListReports();

    /// <summary>One report with its text and extraction, or null when the id is unknown.</summary>
    StoredReport? FindReport(long id);

    /// <summary>One actor, or null when the id is unknown.</summary>
    Actor? FindActor(string actorId);

    /// <summary>The reports that mention an actor, with the sentences that mention it.</summary>
    IReadOnlyList<ActorEvidence> EvidenceFor(string actorId);

    /// <summary>
    /// Actors whose name or alias contains <paramref name="query"/> (case- and accent-insensitive),
    /// names starting with it first.
    /// </summary>
    IReadOnlyList<Actor> SearchActors(string query, int limit);

    /// <summary>Everything the network is built from.</summary>
    CooperationDataset LoadDataset();
}
