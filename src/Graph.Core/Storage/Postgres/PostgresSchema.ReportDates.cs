namespace Graph.Core.Storage.Postgres;

/// <summary>Issue 10 (the date-filtered read): the reports found by their date.</summary>
internal static partial class PostgresSchema
{
    // A date range's cut days are recounted from the events of the reports dated in them: without an index
    // each of those reads scanned every report (100,000 rows, about 57 MB, four times a request cutting two
    // months) to keep a few hundred.
    private const string ReportDates = """
        CREATE INDEX IF NOT EXISTS ix_reports_date ON reports(date);
        """;
}
