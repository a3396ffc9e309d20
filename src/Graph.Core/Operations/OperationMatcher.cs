namespace Graph.Core.Operations;

/// <summary>
/// The rules that decide whether an event tells an operation already known, each answering with the
/// evidence it rests on. Names decide first: the same normalised name within a year of the operation's
/// first date, so an operation spans at most a year (<see cref="LinkRule.SameName"/>), else a name one or two letters away with the same serial, or the
/// same name with its serial left out ("Operation Pangea" beside "Pangea XVI"), within two months and
/// with a participant in common (<see cref="LinkRule.NearName"/>). When a name is missing on
/// either side, the same crime area within <see cref="UnnamedDays"/> days and at least
/// <see cref="MinShared"/> participants in common, most of the smaller side's
/// (<see cref="LinkRule.SharedParticipants"/>). Two different names are never one operation, not even through an
/// unnamed event that shares participants with both (the store's linker then joins it to neither).
/// </summary>
public static class OperationMatcher
{
    /// <summary>Days apart that two reports of the same name may be.</summary>
    public const int SameNameDays = 365;

    /// <summary>Days apart that two reports of near names may be.</summary>
    public const int NearNameDays = 60;

    /// <summary>Days apart that two reports of an unnamed operation may be.</summary>
    public const int UnnamedDays = 14;

    /// <summary>Participants an unnamed pair must share.</summary>
    public const int MinShared = 3;

    /// <summary>Share of the smaller participant list an unnamed pair must have in common.</summary>
    public const double MinOverlap = 0.6;

    /// <summary>
    /// How <paramref name="candidate"/> joins the operation whose events are <paramref name="members"/>,
    /// or null when no rule links them.
    /// </summary>
    public static OperationLink? Match(EventFacts candidate, IReadOnlyList<EventFacts> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return Match(candidate, members, members.Select(m => m.Date).Min());
    }

    /// <summary>
    /// How <paramref name="candidate"/> joins the operation first dated <paramref name="firstDate"/>, judged
    /// on <paramref name="members"/>: any of its events that could match, one at least per name it carries.
    /// </summary>
    public static OperationLink? Match(EventFacts candidate, IReadOnlyList<EventFacts> members, DateOnly? firstDate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(members);
        if (candidate.Key is { } key && members.Any(m => m.Key is { } other && !SameOrNear(key, other)))
        {
            return null;
        }

        return members.Select(m => ByName(candidate, m, firstDate)).FirstOrDefault(l => l is not null)
            ?? members.Select(m => ByParticipants(candidate, m)).FirstOrDefault(l => l is not null);
    }

    private static OperationLink? ByName(EventFacts a, EventFacts b, DateOnly? firstDate)
    {
        if (a.Key is not { } x || b.Key is not { } y)
        {
            return null;
        }

        var gap = DaysApart(a.Date, b.Date);
        if (x.Key == y.Key && (DaysApart(a.Date, firstDate) is not { } span || span <= SameNameDays))
        {
            return new OperationLink(LinkRule.SameName, b.EventId,
                $"both name operation '{x.Key}' (\"{a.Name}\" in report {a.ReportId}, \"{b.Name}\" in report {b.ReportId}){Apart(gap)}");
        }

        var shared = a.Participants.Intersect(b.Participants).Order(StringComparer.Ordinal).ToList();
        if (x.Key != y.Key && NearSpelling(x, y) && gap is not null && gap <= NearNameDays && shared.Count > 0)
        {
            return new OperationLink(LinkRule.NearName, b.EventId,
                $"\"{a.Name}\" (report {a.ReportId}) and \"{b.Name}\" (report {b.ReportId}) {(x.Stem == y.Stem ? "differ only by a serial one leaves out" : "differ by a letter or two, same serial")}{Apart(gap)}, both name {string.Join(", ", shared)}");
        }

        return null;
    }

    private static OperationLink? ByParticipants(EventFacts a, EventFacts b)
    {
        if ((a.Key is not null && b.Key is not null) || a.CrimeArea is null
            || !string.Equals(a.CrimeArea, b.CrimeArea, StringComparison.OrdinalIgnoreCase)
            || DaysApart(a.Date, b.Date) is not { } gap || gap > UnnamedDays)
        {
            return null;
        }

        var shared = a.Participants.Intersect(b.Participants).Order(StringComparer.Ordinal).ToList();
        var smaller = Math.Min(a.Participants.Count, b.Participants.Count);
        if (shared.Count < MinShared || shared.Count < MinOverlap * smaller)
        {
            return null;
        }

        return new OperationLink(LinkRule.SharedParticipants, b.EventId,
            $"{(a.Key is null ? "report " + a.ReportId : "report " + b.ReportId)} names no operation; both are {a.CrimeArea}{Apart(gap)} and share {shared.Count} of {smaller} participants: {string.Join(", ", shared)}");
    }

    /// <summary>Whether two names may be one operation's: the same, or near spellings of it.</summary>
    public static bool SameOrNear(OperationName a, OperationName b) => a.Key == b.Key || NearSpelling(a, b);

    private static bool NearSpelling(OperationName a, OperationName b)
    {
        if (a.Serial != b.Serial)
        {
            return a.Stem == b.Stem && (a.Serial is null || b.Serial is null);
        }

        var shorter = Math.Min(a.Stem.Length, b.Stem.Length);
        var allowed = shorter >= 10 ? 2 : shorter >= 5 ? 1 : 0;
        return allowed > 0 && Math.Abs(a.Stem.Length - b.Stem.Length) <= allowed && EditDistance(a.Stem, b.Stem) <= allowed;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static int? DaysApart(DateOnly? a, DateOnly? b) =>
        a is { } x && b is { } y ? Math.Abs(x.DayNumber - y.DayNumber) : null;

    private static string Apart(int? gap) => gap switch
    {
        null => ", one of them undated",
        0 => ", dated the same day",
        _ => $", dated {gap} days apart",
    };
}
