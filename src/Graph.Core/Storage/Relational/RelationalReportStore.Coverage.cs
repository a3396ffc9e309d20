using System.Globalization;

namespace Graph.Core.Storage.Relational;

/// <summary>What the stored reports cover: report counts per crime area and per group of countries, counted in the database.</summary>
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
    public IReadOnlyDictionary<string, int> CountReportsByCountryGroup(IReadOnlyDictionary<string, string> groupOfCountry)
    {
        ArgumentNullException.ThrowIfNull(groupOfCountry);
        if (groupOfCountry.Count == 0)
        {
            return new Dictionary<string, int>();
        }

        // The grouping travels as a CASE over parameters, so the database counts distinct reports per group itself.
        var parameters = new List<(string, object?)>();
        var cases = string.Join(' ', groupOfCountry.Select((pair, i) =>
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            parameters.Add(("@c" + n, pair.Key));
            parameters.Add(("@g" + n, pair.Value));
            return $"WHEN @c{n} THEN @g{n}";
        }));
        using var connection = Open();
        return Sql.Read(connection, $"""
                SELECT grouped.g, COUNT(DISTINCT grouped.report_id) FROM (
                    SELECT CASE UPPER(a.country_code) {cases} END AS g, e.report_id
                    FROM participations p JOIN events e ON e.id = p.event_id JOIN actors a ON a.id = p.actor_id
                    WHERE a.country_code IS NOT NULL) grouped
                WHERE grouped.g IS NOT NULL GROUP BY grouped.g
                """, r => (Group: r.GetString(0), Reports: (int)Sql.Long(r, 1)), [.. parameters])
            .ToDictionary(x => x.Group, x => x.Reports, StringComparer.Ordinal);
    }
}
