namespace Graph.Core.Storage.Postgres;

/// <summary>Issue 10 (import cost on PostgreSQL): link totals followed once a statement instead of once an edge row.</summary>
internal static partial class PostgresSchema
{
    // NodeTotals' row triggers ran a function and one or two index look-ups for every all-time edge row a batch
    // wrote, about two thirds of a set-based tally upsert. These statement triggers see the statement's rows as
    // transition tables (added, removed; PostgreSQL allows them only on single-event triggers, and not with
    // UPDATE OF a column list, so the update trigger takes every update and skips nodes nothing changed for)
    // and move each touched node once by the summed change: reports, Newman share and degree (the number of
    // all-time edges at the node), a node left with degree 0 deleted. An updated row is paired with its old
    // version by key, so an update that moves a row into or out of the all-time period changes degrees too.
    // Nodes are written in key order, as the row writer orders its rows, so importers lock them in one order.
    // The Newman sums add in another order than row by row, which can change the last bits of a total.
    private static string LinkTotalsStatement => $"""
        DROP TRIGGER IF EXISTS link_totals_insert ON edge_tallies;
        DROP TRIGGER IF EXISTS link_totals_update ON edge_tallies;
        DROP TRIGGER IF EXISTS link_totals_delete ON edge_tallies;
        DROP FUNCTION IF EXISTS link_totals_follow();

        {LinkTotalsFunction("link_totals_added", "SELECT projection, crime_area, source, target, reports, newman, 1 AS degree FROM added WHERE period = -1", deletes: false)}
        {LinkTotalsFunction("link_totals_changed", UpdatedEdges, deletes: true)}
        {LinkTotalsFunction("link_totals_removed", "SELECT projection, crime_area, source, target, -reports AS reports, -newman AS newman, -1 AS degree FROM removed WHERE period = -1", deletes: true)}

        CREATE TRIGGER link_totals_insert AFTER INSERT ON edge_tallies
            REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION link_totals_added();
        CREATE TRIGGER link_totals_update AFTER UPDATE ON edge_tallies
            REFERENCING NEW TABLE AS added OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION link_totals_changed();
        CREATE TRIGGER link_totals_delete AFTER DELETE ON edge_tallies
            REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION link_totals_removed();
        """;

    // An updated all-time row against its old version (the row writer's updates keep the key); a row that
    // enters or leaves the all-time period counts as an edge added or removed.
    private const string UpdatedEdges = """
        SELECT projection, crime_area, source, target,
               COALESCE(n.reports, 0) - COALESCE(o.reports, 0) AS reports,
               COALESCE(n.newman, 0) - COALESCE(o.newman, 0) AS newman,
               (n.period IS NOT NULL)::INTEGER - (o.period IS NOT NULL)::INTEGER AS degree
            FROM (SELECT * FROM added WHERE period = -1) AS n
            FULL JOIN (SELECT * FROM removed WHERE period = -1) AS o USING (projection, crime_area, source, target)
        """;

    private static string LinkTotalsFunction(string name, string changes, bool deletes) => $"""
        CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $follow$
        BEGIN
            {ApplyLinkChanges(changes, deletes)}
            RETURN NULL;
        END
        $follow$;
        """;

    // The two statements of every trigger: the changes (one row an edge: projection, crime_area, source, target,
    // reports, newman, degree) summed at both ends of each edge into link_totals, then the nodes left without an
    // edge deleted (only a removal can bring a degree down). The change set is a query over the transition tables.
    private static string ApplyLinkChanges(string changes, bool deletes) => $"""
        INSERT INTO link_totals AS l (projection, crime_area, node, reports, newman, degree)
                SELECT projection, crime_area, node, SUM(reports), SUM(newman), SUM(degree) FROM (
                    SELECT projection, crime_area, source AS node, reports, newman, degree FROM ({changes}) AS c
                    UNION ALL SELECT projection, crime_area, target, reports, newman, degree FROM ({changes}) AS c) AS ends
                GROUP BY projection, crime_area, node
                HAVING SUM(reports) <> 0 OR SUM(newman) <> 0 OR SUM(degree) <> 0
                ORDER BY projection, crime_area, node
                ON CONFLICT (projection, crime_area, node) DO UPDATE
                SET reports = l.reports + EXCLUDED.reports, newman = l.newman + EXCLUDED.newman, degree = l.degree + EXCLUDED.degree;
        {(deletes ? RemoveLonelyNodes(changes) : "")}
        """;

    private static string RemoveLonelyNodes(string changes) => $"""
            DELETE FROM link_totals AS l USING (
                    SELECT projection, crime_area, source AS node FROM ({changes}) AS c WHERE degree < 0
                    UNION SELECT projection, crime_area, target FROM ({changes}) AS c WHERE degree < 0) AS gone
                WHERE l.projection = gone.projection AND l.crime_area = gone.crime_area AND l.node = gone.node AND l.degree = 0;
        """;
}
