using Graph.Core.Model;
using Graph.Core.Operations;

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

    /// <summary>
    /// One page of reports, most recently stored first; <paramref name="cursor"/> is null for the first
    /// page, else the <see cref="ReportPage.Next"/> of the page before; <paramref name="language"/>, when
    /// given, keeps only reports written in that language (ISO 639-1).
    /// </summary>
    /// <exception cref="FormatException">The cursor was not given out by this store.</exception>
    ReportPage ListReports(string? cursor, int limit, string? language = null);

    /// <summary>One report with its text and extraction, or null when the id is unknown.</summary>
    StoredReport? FindReport(long id);

    /// <summary>One actor, or null when the id is unknown.</summary>
    Actor? FindActor(string actorId);

    /// <summary>The reports that mention an actor, with the sentences that mention it; with a scope, only reports holding an event it admits.</summary>
    IReadOnlyList<ActorEvidence> EvidenceFor(string actorId, EventQuery? scope = null);

    /// <summary>
    /// Actors whose name or alias contains <paramref name="query"/> (case- and accent-insensitive),
    /// names starting with it first.
    /// </summary>
    IReadOnlyList<Actor> SearchActors(string query, int limit);

    /// <summary>Every actor, without aliases, ordered by id.</summary>
    IReadOnlyList<Actor> ListActors();

    /// <summary>Everything the network is built from.</summary>
    CooperationDataset LoadDataset();

    /// <summary>The events <paramref name="query"/> admits, with all actors and the reports they come from.</summary>
    CooperationDataset LoadDataset(EventQuery query);

    /// <summary>
    /// A number that changes whenever a report is stored, cheap to read: readers compare it to decide
    /// whether what they built from the store is stale.
    /// </summary>
    long Version();

    /// <summary>The write-time node and edge tallies of one projection, crime area and range of months.</summary>
    TallySet ReadTallies(TallyScope scope);

    /// <summary>
    /// The tallies of <paramref name="scope"/> summed over its periods, from one snapshot: one node row per
    /// node and one edge row per pair, in the order each first occurs in the stored rows (by period, then
    /// ends). Counts and Newman weights are added in that order; the first date and key are the earliest
    /// (date, then key). Each row's period is the scope's first period.
    /// </summary>
    /// <param name="scope">Projection, crime area and periods.</param>
    /// <returns>The summed node and edge tallies.</returns>
    TallySet ReadTallySums(TallyScope scope);

    /// <summary>How many reports hold an event filed under each crime area (areas as stored, in lower case).</summary>
    IReadOnlyDictionary<string, int> CountReportsByCrimeArea();

    /// <summary>
    /// For each grouping of countries, how many reports have an event in which an actor of a country of
    /// each group takes part; a report counts once per group however many of its countries the group
    /// holds. All groupings are counted in one pass over the participations.
    /// </summary>
    /// <param name="groupings">Each grouping maps ISO alpha-2 codes (upper case) to the group they belong to.</param>
    /// <returns>The counts per group, one dictionary per grouping, in the order given.</returns>
    IReadOnlyList<IReadOnlyDictionary<string, int>> CountReportsByCountryGroups(IReadOnlyList<IReadOnlyDictionary<string, string>> groupings);

    /// <summary>
    /// A page of the events in which an actor of <paramref name="sourceActors"/> and one of
    /// <paramref name="targetActors"/> both take part (only event <paramref name="eventId"/> when given),
    /// in the order they were stored, with the sentences that place those actors in them; with a
    /// scope, only events it admits (the dates, crime area and source of the view they were clicked in).
    /// </summary>
    /// <exception cref="FormatException">The cursor was not given out by this store.</exception>
    EdgeEvidencePage EdgeEvidence(IReadOnlyCollection<string> sourceActors, IReadOnlyCollection<string> targetActors, long? eventId, string? cursor, int limit, EventQuery? scope = null);

    /// <summary>One operation with its reports, why each was linked, and its reports' disagreements; null when the id is unknown.</summary>
    OperationDetail? FindOperation(long id) => null;

    /// <summary>The operation an event was linked to, or null when the event is unknown or not linked.</summary>
    long? OperationOf(long eventId) => null;

    /// <summary>Every operation id with its events, in id order: what exports count operations from.</summary>
    IReadOnlyList<long> ListOperations() => [];
}
