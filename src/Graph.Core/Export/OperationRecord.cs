using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Export;

/// <summary>
/// One operation as the research exports see it: its dates, one crime area, where its events come from,
/// and who took part (each actor once, with whether it led). Events not linked to an operation stand for
/// their report's own.
/// </summary>
/// <param name="Key">The operation id, or the negated report id of an unlinked event's report.</param>
/// <param name="First">Its earliest dated report, or null when none is dated.</param>
/// <param name="Last">Its latest dated report, or null.</param>
/// <param name="CrimeArea">The crime area most of its events give (ties: alphabetical), or null.</param>
/// <param name="Source">Its events' source kind: <c>report</c>, <c>coded</c> or <c>mixed</c>.</param>
/// <param name="Participants">Actor id → led, over all its events.</param>
internal sealed record OperationRecord(long Key, DateOnly? First, DateOnly? Last, string? CrimeArea, string Source, IReadOnlyDictionary<string, bool> Participants)
{
    /// <summary>The source value of an operation told by both extracted reports and coded events.</summary>
    public const string Mixed = "mixed";

    public static List<OperationRecord> Of(CooperationDataset dataset) =>
        [.. dataset.Events.GroupBy(e => e.OperationId ?? -e.ReportId).OrderBy(g => g.Min(e => e.Id)).Select(From)];

    private static OperationRecord From(IGrouping<long, StoredEvent> events)
    {
        var dates = events.Select(e => e.Date).OfType<DateOnly>().ToList();
        var area = events.Where(e => e.CrimeArea is not null).GroupBy(e => e.CrimeArea!.ToLowerInvariant())
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var sources = events.Select(e => e.Source.Name()).Distinct().ToList();
        var participants = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var p in events.SelectMany(e => e.Participants))
        {
            participants[p.ActorId] = participants.GetValueOrDefault(p.ActorId) || p.Role == ParticipantRole.Lead;
        }

        return new OperationRecord(events.Key, dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(), area,
            sources.Count == 1 ? sources[0] : Mixed, participants);
    }
}
