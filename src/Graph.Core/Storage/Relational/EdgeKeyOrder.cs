namespace Graph.Core.Storage.Relational;

/// <summary>
/// Edge rows by view, crime area, period, then <c>source|target</c> as one string: the order the rows have always been
/// written in. It fixes the order of the floating-point additions to <c>link_totals</c> and the order concurrent writers
/// lock shared rows in, so it must not change.
/// </summary>
internal static class EdgeKeyOrder
{
    private const char Joint = '|';

    /// <summary>
    /// The rows in key order, equal keys in their given order. A batch holds some 365,000 rows over a few thousand
    /// distinct names, so each name is ranked once and the rows are sorted by their ranks, not by comparing strings.
    /// </summary>
    public static EdgeTally[] Sorted(IReadOnlyList<EdgeTally> edges) =>
        Ranked(edges) is { } ranked ? [.. ranked.Order.Select(i => edges[i])] : WithJoints(edges);

    /// <summary>
    /// The rows in key order (as <see cref="Sorted"/>) as stored. <paramref name="nameId"/> is asked for a name's id when
    /// a column first meets it, row after row in that order (so names new to the store get their ids in the order
    /// they always have), and each distinct period is coded once: not five look-ups by name a row.
    /// </summary>
    public static EdgeTallyRow[] SortedRows(IReadOnlyList<EdgeTally> edges, Func<string, int> nameId)
    {
        if (Ranked(edges) is not { } ranked)
        {
            return Array.ConvertAll(WithJoints(edges), e => Row(e, nameId(e.Projection), nameId(e.CrimeArea), TallyCodes.Period(e.Period), nameId(e.Source), nameId(e.Target)));
        }

        var (order, projection, area, period, source, target) = ranked;
        var (projectionIds, areaIds, periodCodes, sourceIds, targetIds) = (Unknown(projection), Unknown(area), Unknown(period), Unknown(source), Unknown(target));
        int Id(int[] ids, Column column, int row, Func<string, int> code) =>
            ids[column.Ranks[row]] is var known and not NotYet ? known : ids[column.Ranks[row]] = code(column.Names[column.Ranks[row]]);

        var rows = new EdgeTallyRow[order.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var at = order[i];
            rows[i] = Row(edges[at], Id(projectionIds, projection, at, nameId), Id(areaIds, area, at, nameId), Id(periodCodes, period, at, TallyCodes.Period),
                Id(sourceIds, source, at, nameId), Id(targetIds, target, at, nameId));
        }

        return rows;
    }

    // No id or code found yet (the all-time period's code is -1).
    private const int NotYet = int.MinValue;

    private static int[] Unknown(Column column) => Enumerable.Repeat(NotYet, column.Names.Length).ToArray();

    private static EdgeTallyRow Row(EdgeTally e, int projection, int area, int period, int source, int target) =>
        new(projection, area, period, source, target, e.Reports, e.Events, e.Led, e.Newman, TallyCodes.Date(e.FirstDate), e.FirstKey, e.Sources);

    // "a|x" and "b|y" are ordered as "a|" and "b|" whenever the sources differ, unless one source starts with
    // the other and a joint: names that hold a joint take the string comparison instead.
    private static EdgeTally[] WithJoints(IReadOnlyList<EdgeTally> edges) => [.. edges.OrderBy(e => e, Comparer<EdgeTally>.Create(Compare))];

    // The rows' order by the ranks of their names, with each column's ranks; null when a source holds a joint.
    private static (int[] Order, Column Projection, Column Area, Column Period, Column Source, Column Target)? Ranked(IReadOnlyList<EdgeTally> edges)
    {
        if (edges.Any(e => e.Source.Contains(Joint)))
        {
            return null;
        }

        var projection = Ranks(edges, e => e.Projection, string.CompareOrdinal);
        var area = Ranks(edges, e => e.CrimeArea, string.CompareOrdinal);
        var period = Ranks(edges, e => e.Period, string.CompareOrdinal);
        var source = Ranks(edges, e => e.Source, (a, b) => CompareJoined(a, "", b, ""));
        var target = Ranks(edges, e => e.Target, string.CompareOrdinal);
        var order = new int[edges.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var c = projection.Ranks[x].CompareTo(projection.Ranks[y]);
            c = c != 0 ? c : area.Ranks[x].CompareTo(area.Ranks[y]);
            c = c != 0 ? c : period.Ranks[x].CompareTo(period.Ranks[y]);
            c = c != 0 ? c : source.Ranks[x].CompareTo(source.Ranks[y]);
            c = c != 0 ? c : target.Ranks[x].CompareTo(target.Ranks[y]);
            return c != 0 ? c : x.CompareTo(y);
        });
        return (order, projection, area, period, source, target);
    }

    // One key column: each row's rank among the distinct names, and those names in rank order.
    private readonly record struct Column(int[] Ranks, string[] Names);

    /// <summary>Two rows compared by their keys, the source and target as one joined string.</summary>
    public static int Compare(EdgeTally? x, EdgeTally? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var c = string.CompareOrdinal(x.Projection, y.Projection);
        c = c != 0 ? c : string.CompareOrdinal(x.CrimeArea, y.CrimeArea);
        c = c != 0 ? c : string.CompareOrdinal(x.Period, y.Period);
        return c != 0 ? c : CompareJoined(x.Source, x.Target, y.Source, y.Target);
    }

    /// <summary>Compares <c>a|b</c> with <c>c|d</c> ordinally, without joining them.</summary>
    internal static int CompareJoined(string a, string b, string c, string d)
    {
        var shared = Math.Min(a.Length, c.Length);
        var order = a.AsSpan(0, shared).SequenceCompareTo(c.AsSpan(0, shared));
        if (order != 0)
        {
            return order;
        }

        if (a.Length == c.Length)
        {
            return string.CompareOrdinal(b, d);
        }

        // One source is the start of the other: the joint meets the longer one's next letter. Should that letter be
        // the joint itself, the rest can only be told by the whole strings.
        var next = a.Length < c.Length ? c[shared] : a[shared];
        if (next == Joint)
        {
            return string.CompareOrdinal(a + Joint + b, c + Joint + d);
        }

        return a.Length < c.Length ? Joint.CompareTo(next) : next.CompareTo(Joint);
    }

    // For each row, the place of its name among the rows' distinct names in the given order.
    private static Column Ranks(IReadOnlyList<EdgeTally> edges, Func<EdgeTally, string> name, Comparison<string> order)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            distinct.Add(name(edge));
        }

        var names = distinct.ToArray();
        Array.Sort(names, order);
        var rankOf = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            rankOf[names[i]] = i;
        }

        var ranks = new int[edges.Count];
        for (var i = 0; i < ranks.Length; i++)
        {
            ranks[i] = rankOf[name(edges[i])];
        }

        return new Column(ranks, names);
    }
}
