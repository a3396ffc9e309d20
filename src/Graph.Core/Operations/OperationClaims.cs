using System.Globalization;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;

namespace Graph.Core.Operations;

/// <summary>
/// Compares what an operation's reports say, subject by subject (each stated figure, the date, who took
/// part), and keeps every subject on which they disagree as one claim per value with its reports, instead
/// of adding or averaging them. A report silent on a subject makes no claim about it.
/// </summary>
public static class OperationClaims
{
    /// <summary>The subject under which participant lists are compared.</summary>
    public const string Participants = "participants";

    /// <summary>The subject under which report dates are compared.</summary>
    public const string Date = "date";

    /// <summary>The claims of the events of one operation.</summary>
    public static IReadOnlyList<OperationClaim> Of(IReadOnlyList<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var said = new List<(string Subject, string Value, long Report)>();
        foreach (var e in events)
        {
            said.AddRange(e.Figures.Select(f => (f.Key, f.Value.ToString(CultureInfo.InvariantCulture), e.ReportId)));
            if (e.Date is { } date)
            {
                said.Add((Date, IsoDate.Format(date), e.ReportId));
            }

            if (e.Participants.Count > 0)
            {
                said.Add((Participants, string.Join(", ", e.Participants.Select(p => p.ActorId).Distinct().Order(StringComparer.Ordinal)), e.ReportId));
            }
        }

        return [.. said.GroupBy(s => s.Subject)
            .Where(subject => subject.Select(s => s.Value).Distinct().Count() > 1)
            .OrderBy(subject => subject.Key, StringComparer.Ordinal)
            .SelectMany(subject => subject.GroupBy(s => s.Value)
                .Select(value => new OperationClaim(subject.Key, value.Key, [.. value.Select(s => s.Report).Distinct().Order()]))
                .OrderBy(c => c.ReportIds[0]))];
    }
}
