namespace Graph.Core.Storage.Postgres;

/// <summary>Issue 10 (bytes per report), as SQLite's migration of the same name: month and day codes, no Newman share by operation.</summary>
internal static partial class PostgresSchema
{
    // PostgreSQL keeps an INTEGER in four bytes whatever its value, so the codes save nothing here; the rows
    // take them because the store's code reads and writes one form on either database (see TallyCodes).
    // The operations: rows' Newman share goes, as in SQLite; link_totals' trigger follows the update and
    // its sums for those views are then set to exactly 0. Values already in the new form are kept.
    private static string TallyBytes => $"""
        UPDATE node_tallies SET period = {MonthCode}, first_date = {DayCode} WHERE period >= 100000 OR first_date >= 10000000;
        UPDATE edge_tallies SET period = {MonthCode}, first_date = {DayCode} WHERE period >= 100000 OR first_date >= 10000000;
        UPDATE operation_tallies SET period = {MonthCode}, first_date = {DayCode} WHERE period >= 100000 OR first_date >= 10000000;
        UPDATE edge_tallies SET newman = 0 WHERE newman <> 0 AND projection IN {OperationViews};
        UPDATE operation_tallies SET newman = 0 WHERE newman <> 0;
        UPDATE link_totals SET newman = 0 WHERE projection IN {OperationViews};
        """;

    private const string OperationViews = "(SELECT id FROM tally_names WHERE name LIKE 'operations:%')";

    private const string MonthCode = "CASE WHEN period >= 100000 THEN (period / 100 * 12) + (period % 100) - 1 ELSE period END";

    private const string DayCode = "CASE WHEN first_date >= 10000000 THEN to_date(first_date::text, 'YYYYMMDD') - DATE '2000-01-01' ELSE first_date END";
}
