namespace Graph.Core.Storage.Postgres;

/// <summary>Issue 10 (the read side), as SQLite's node-totals migration: all-time link totals kept by a trigger.</summary>
internal static partial class PostgresSchema
{
    // See the SQLite migration. The two ends are touched in id order, so two importers changing the same
    // nodes take their row locks in one order and do not deadlock on them.
    private const string NodeTotals = """
        CREATE TABLE IF NOT EXISTS link_totals (
            projection  INTEGER NOT NULL,
            crime_area  INTEGER NOT NULL,
            node        INTEGER NOT NULL,
            reports     BIGINT NOT NULL,
            newman      DOUBLE PRECISION NOT NULL,
            degree      INTEGER NOT NULL,
            PRIMARY KEY (projection, crime_area, node)
        );
        DELETE FROM link_totals;
        INSERT INTO link_totals (projection, crime_area, node, reports, newman, degree)
            SELECT projection, crime_area, node, SUM(reports), SUM(newman), COUNT(*) FROM (
                SELECT projection, crime_area, source AS node, reports, newman FROM edge_tallies WHERE period = -1
                UNION ALL SELECT projection, crime_area, target, reports, newman FROM edge_tallies WHERE period = -1) AS ends
            GROUP BY projection, crime_area, node;

        CREATE OR REPLACE FUNCTION link_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $follow$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO link_totals AS l (projection, crime_area, node, reports, newman, degree)
                    SELECT NEW.projection, NEW.crime_area, n, NEW.reports, NEW.newman, 1 FROM unnest(ARRAY[LEAST(NEW.source, NEW.target), GREATEST(NEW.source, NEW.target)]) AS n ORDER BY n
                    ON CONFLICT (projection, crime_area, node) DO UPDATE
                    SET reports = l.reports + EXCLUDED.reports, newman = l.newman + EXCLUDED.newman, degree = l.degree + 1;
            ELSIF TG_OP = 'UPDATE' THEN
                UPDATE link_totals SET reports = reports + NEW.reports - OLD.reports, newman = newman + NEW.newman - OLD.newman
                    WHERE projection = NEW.projection AND crime_area = NEW.crime_area AND node IN (NEW.source, NEW.target);
            ELSE
                UPDATE link_totals SET reports = reports - OLD.reports, newman = newman - OLD.newman, degree = degree - 1
                    WHERE projection = OLD.projection AND crime_area = OLD.crime_area AND node IN (OLD.source, OLD.target);
                DELETE FROM link_totals WHERE projection = OLD.projection AND crime_area = OLD.crime_area AND node IN (OLD.source, OLD.target) AND degree = 0;
            END IF;
            RETURN NULL;
        END
        $follow$;
        DROP TRIGGER IF EXISTS link_totals_insert ON edge_tallies;
        DROP TRIGGER IF EXISTS link_totals_update ON edge_tallies;
        DROP TRIGGER IF EXISTS link_totals_delete ON edge_tallies;
        CREATE TRIGGER link_totals_insert AFTER INSERT ON edge_tallies FOR EACH ROW WHEN (NEW.period = -1) EXECUTE FUNCTION link_totals_follow();
        CREATE TRIGGER link_totals_update AFTER UPDATE OF reports, newman ON edge_tallies FOR EACH ROW WHEN (NEW.period = -1) EXECUTE FUNCTION link_totals_follow();
        CREATE TRIGGER link_totals_delete AFTER DELETE ON edge_tallies FOR EACH ROW WHEN (OLD.period = -1) EXECUTE FUNCTION link_totals_follow();
        """;
}
