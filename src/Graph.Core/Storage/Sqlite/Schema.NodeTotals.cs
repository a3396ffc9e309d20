namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration (issue 10, the read side): every node's all-time link totals kept as the edges change.</summary>
internal static partial class Schema
{
    // A cold picture summed every all-time edge row of its view (800,000 at 100,000 reports) to rank the
    // nodes. link_totals holds those sums per view, crime area and node — summed weights and the number of
    // neighbours — kept by triggers in the transaction that changes edge_tallies, whichever code path writes
    // it (store, batch import, curation, rebuild); existing files are filled from their edge rows here.
    // An edge row's key never changes, so an update moves only the sums. Replayed on a file that has the
    // table, it is counted again from the edge rows.
    private const string NodeTotals = """
        CREATE TABLE IF NOT EXISTS link_totals (
            projection  INTEGER NOT NULL,
            crime_area  INTEGER NOT NULL,
            node        INTEGER NOT NULL,
            reports     INTEGER NOT NULL,
            newman      REAL NOT NULL,
            degree      INTEGER NOT NULL,
            PRIMARY KEY (projection, crime_area, node)
        ) WITHOUT ROWID;
        DELETE FROM link_totals;
        INSERT INTO link_totals (projection, crime_area, node, reports, newman, degree)
            SELECT projection, crime_area, node, SUM(reports), SUM(newman), COUNT(*) FROM (
                SELECT projection, crime_area, source AS node, reports, newman FROM edge_tallies WHERE period = -1
                UNION ALL SELECT projection, crime_area, target, reports, newman FROM edge_tallies WHERE period = -1)
            GROUP BY projection, crime_area, node;

        """ + LinkTotalsTriggers;

    // The triggers that keep link_totals with edge_tallies; a migration that builds edge_tallies anew creates them again.
    private const string LinkTotalsTriggers = """
        CREATE TRIGGER IF NOT EXISTS link_totals_insert AFTER INSERT ON edge_tallies WHEN NEW.period = -1
        BEGIN
            INSERT INTO link_totals (projection, crime_area, node, reports, newman, degree)
                VALUES (NEW.projection, NEW.crime_area, NEW.source, NEW.reports, NEW.newman, 1), (NEW.projection, NEW.crime_area, NEW.target, NEW.reports, NEW.newman, 1)
                ON CONFLICT (projection, crime_area, node) DO UPDATE
                SET reports = reports + excluded.reports, newman = newman + excluded.newman, degree = degree + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS link_totals_update AFTER UPDATE OF reports, newman ON edge_tallies WHEN NEW.period = -1
        BEGIN
            UPDATE link_totals SET reports = reports + NEW.reports - OLD.reports, newman = newman + NEW.newman - OLD.newman
                WHERE projection = NEW.projection AND crime_area = NEW.crime_area AND node IN (NEW.source, NEW.target);
        END;
        CREATE TRIGGER IF NOT EXISTS link_totals_delete AFTER DELETE ON edge_tallies WHEN OLD.period = -1
        BEGIN
            UPDATE link_totals SET reports = reports - OLD.reports, newman = newman - OLD.newman, degree = degree - 1
                WHERE projection = OLD.projection AND crime_area = OLD.crime_area AND node IN (OLD.source, OLD.target);
            DELETE FROM link_totals WHERE projection = OLD.projection AND crime_area = OLD.crime_area AND node IN (OLD.source, OLD.target) AND degree = 0;
        END;
        """;
}
