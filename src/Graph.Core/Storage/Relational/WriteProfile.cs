using System.Collections.Concurrent;
using System.Diagnostics;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// Where the store's write time goes, summed over every report written by this process: the report
/// row, its actors, mentions, events and participations, the tallies, the operation linker and the
/// commit (and, inside the linker's, its candidate look-ups). The scale benchmark prints it; reading a timestamp per phase costs nanoseconds.
/// </summary>
public static class WriteProfile
{
    private static readonly string[] Names = ["report row", "actors", "mentions", "events", "tallies", "linker", "commit", "  candidates", "  batch flush", "  new operation", "  retractions", "  first recounts", "  earlier joins", "  lone walks", "end link", "  link rows", "  op counts", "  summed rows", "  matching", "    made tallies", "    index rebuilt"];
    private static readonly long[] Ticks = new long[Names.Length];

    /// <summary>Each phase and the time spent in it so far.</summary>
    public static IReadOnlyList<(string Phase, TimeSpan Time)> Totals() =>
        [.. Names.Select((name, i) => (name, Stopwatch.GetElapsedTime(0, Interlocked.Read(ref Ticks[i]))))];

    private static readonly ConcurrentDictionary<string, int> JoinCounts = new(StringComparer.Ordinal);

    /// <summary>
    /// How many events joined stored operations, by how the linker wrote them: <c>Later</c> and
    /// <c>Earlier</c> grew one operation in place (the event dated no earlier than it, or earlier),
    /// <c>Recount</c> took it back and counted it again, <c>Merge</c> joined two or more.
    /// </summary>
    public static IReadOnlyList<(string Path, int Joins)> Joins() =>
        [.. JoinCounts.OrderBy(j => j.Key, StringComparer.Ordinal).Select(j => (j.Key, j.Value))];

    internal static long Now() => Stopwatch.GetTimestamp();

    internal static void Join(string? path)
    {
        if (path is not null)
        {
            JoinCounts.AddOrUpdate(path, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Adds the time since <paramref name="since"/> to a phase and returns now, the next phase's start.</summary>
    internal static long Lap(WritePhase phase, long since)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref Ticks[(int)phase], now - since);
        return now;
    }
}

/// <summary>The phases of <see cref="WriteProfile"/>, in its order.</summary>
internal enum WritePhase
{
    ReportRow,
    Actors,
    Mentions,
    Events,
    Tallies,
    Linker,
    Commit,

    /// <summary>Part of <see cref="Linker"/>: finding and reading the operations an event could join.</summary>
    Candidates,

    /// <summary>Part of <see cref="Linker"/>: writing a batch's tallies out before the linker reads them back.</summary>
    BatchFlush,

    /// <summary>Part of <see cref="Linker"/>: an event starting an operation of its own.</summary>
    NewOperation,

    /// <summary>Part of <see cref="Linker"/>: taking back what a joined or merged operation gave.</summary>
    Retractions,

    /// <summary>Part of <see cref="Linker"/>: finding the next first appearance of rows a retraction took it from.</summary>
    FirstRecounts,

    /// <summary>Part of <see cref="Linker"/>: an event dated before the operation it joins moving it, its first recounts included.</summary>
    EarlierJoins,

    /// <summary>Part of <see cref="FirstRecounts"/>: walking a month's events of one-event operations for the rows still unanswered.</summary>
    LoneWalks,

    /// <summary>A bulk import's end-of-import link, all of it (its candidate look-ups also count under <see cref="Candidates"/>).</summary>
    EndLink,

    /// <summary>Part of <see cref="EndLink"/>: writing its rows of <c>operation_events</c>.</summary>
    EndLinkRows,

    /// <summary>Part of <see cref="EndLink"/>: counting what each operation it made or grew gives the <c>operations:</c> views.</summary>
    EndLinkCounts,

    /// <summary>Part of <see cref="EndLink"/>: writing those counts, summed, into the view tallies.</summary>
    EndLinkWrites,

    /// <summary>Part of <see cref="EndLink"/>: finding the operations each event matches (its candidates included).</summary>
    EndLinkMatches,

    /// <summary>Part of <see cref="EndLinkCounts"/>: making the rows of the operations the end link made, from their events.</summary>
    EndLinkMadeTallies,

    /// <summary>Part of <see cref="EndLinkCounts"/>: building <c>operation_tallies</c>' indexes again after its copies.</summary>
    EndLinkIndexes,
}
