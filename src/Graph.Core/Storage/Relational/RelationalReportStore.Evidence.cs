using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Network;

namespace Graph.Core.Storage.Relational;

/// <summary>The evidence behind an edge, read when asked for and a page at a time.</summary>
public abstract partial class RelationalReportStore
{
    /// <inheritdoc />
    public EdgeEvidencePage EdgeEvidence(IReadOnlyCollection<string> sourceActors, IReadOnlyCollection<string> targetActors, long? eventId, string? cursor, int limit, EventQuery? scope = null)
    {
        ArgumentNullException.ThrowIfNull(sourceActors);
        ArgumentNullException.ThrowIfNull(targetActors);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (sourceActors.Count == 0 || targetActors.Count == 0)
        {
            return new EdgeEvidencePage([], null);
        }

        var after = cursor is null ? 0 : ParseCursor(cursor) ?? 0;
        var parameters = new List<(string, object?)> { ("@after", after), ("@limit", limit + 1), ("@event", eventId) };
        var sources = InList("s", sourceActors, parameters);
        var targets = InList("t", targetActors, parameters);
        var (inScope, scopeParameters) = ScopeOf(scope, "p1.event_id", "e.id");
        parameters.AddRange(scopeParameters);
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var eventIds = Sql.Read(connection, transaction, $"""
            SELECT DISTINCT p1.event_id FROM participations p1
            WHERE p1.actor_id IN ({sources}) AND p1.event_id > @after {(eventId is null ? "" : "AND p1.event_id = @event")} {inScope}
              AND EXISTS (SELECT 1 FROM participations p2 WHERE p2.event_id = p1.event_id AND p2.actor_id IN ({targets}))
            ORDER BY p1.event_id LIMIT @limit
            """, r => Sql.Long(r, 0), [.. parameters]);
        var page = eventIds.Take(limit).ToList();
        var ids = new List<(string, object?)>();
        var events = page.Count == 0 ? [] : ReadEvents(connection, transaction, $"WHERE e.id IN ({InList("e", page.Cast<object>().ToList(), ids)})", [.. ids]);
        var reports = page.Count == 0 ? [] : Sql.Read(connection, transaction,
            $"SELECT {SummaryColumns} FROM reports r WHERE r.id IN (SELECT report_id FROM events e WHERE e.id IN ({InList("e", page.Cast<object>().ToList(), [])}))",
            ReadSummary, [.. ids]).ToDictionary(r => r.Id);
        transaction.Commit();

        var (sourceSet, targetSet) = (sourceActors.ToHashSet(StringComparer.Ordinal), targetActors.ToHashSet(StringComparer.Ordinal));
        var evidence = events.Select(e =>
        {
            var report = reports.GetValueOrDefault(e.ReportId);
            var sentences = e.Participants.Where(p => sourceSet.Contains(p.ActorId))
                .Concat(e.Participants.Where(p => targetSet.Contains(p.ActorId)))
                .OrderBy(p => p.SentenceSpan.Start).Select(p => p.Sentence).Distinct(StringComparer.Ordinal).ToArray();
            return new EdgeEvidence(e.ReportId, report?.Title ?? $"Report {e.ReportId}", report?.Date ?? e.Date, report?.Url, e.Id, e.Name, sentences, e.Source, e.Language);
        }).ToList();
        return new EdgeEvidencePage(evidence, eventIds.Count > limit ? page[^1].ToString(CultureInfo.InvariantCulture) : null);
    }

    private static string InList<T>(string prefix, IReadOnlyCollection<T> values, List<(string, object?)> parameters)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = "@" + prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            names.Add(name);
            parameters.Add((name, value));
        }

        return string.Join(", ", names);
    }
}
