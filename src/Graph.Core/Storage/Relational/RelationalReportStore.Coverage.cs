namespace Graph.Core.Storage.Relational;

/// <summary>What the stored reports cover: report counts per crime area (counted in the database) and per group of countries (one pass over the participations).</summary>
public abstract partial class RelationalReportStore
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> CountReportsByCrimeArea()
    {
        using var connection = Open();
        return Sql.Read(connection, "SELECT LOWER(e.crime_area), COUNT(DISTINCT e.report_id) FROM events e WHERE e.crime_area IS NOT NULL GROUP BY LOWER(e.crime_area)",
                r => (Area: r.GetString(0), Reports: (int)Sql.Long(r, 1)))
            .ToDictionary(x => x.Area, x => x.Reports, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyDictionary<string, int>> CountReportsByCountryGroups(IReadOnlyList<IReadOnlyDictionary<string, string>> groupings)
    {
        ArgumentNullException.ThrowIfNull(groupings);
        var counts = groupings.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var counted = groupings.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        if (groupings.All(g => g.Count == 0))
        {
            return counts;
        }

        // The countries of each report arrive together (events in report order, through their index), so
        // a report's groups are remembered only until the next report starts: no sort, no grouping in SQL.
        using var connection = Open();
        using var command = Sql.Command(connection, """
            SELECT e.report_id, UPPER(a.country_code)
            FROM events e JOIN participations p ON p.event_id = e.id JOIN actors a ON a.id = p.actor_id
            WHERE a.country_code IS NOT NULL
            ORDER BY e.report_id
            """, null, []);
        using var reader = command.ExecuteReader();
        long? report = null;
        while (reader.Read())
        {
            var id = Sql.Long(reader, 0);
            if (id != report)
            {
                report = id;
                Array.ForEach(counted, groups => groups.Clear());
            }

            var code = reader.GetString(1);
            for (var g = 0; g < groupings.Count; g++)
            {
                if (groupings[g].TryGetValue(code, out var group) && counted[g].Add(group))
                {
                    counts[g][group] = counts[g].GetValueOrDefault(group) + 1;
                }
            }
        }

        return counts;
    }
}
