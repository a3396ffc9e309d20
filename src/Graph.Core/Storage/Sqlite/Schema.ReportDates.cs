namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration (issue 10, the date-filtered read): the reports found by their date, as PostgreSQL's already are.</summary>
internal static partial class Schema
{
    // The days a date range cuts out of a month are recounted from the events of the reports dated in them.
    // Without this index each of those reads walked every event and looked up its report's date: about 0.6 s
    // a read at 515,000 reports, two reads for each end the range cuts, to keep a few thousand events.
    private const string ReportDates = """
        CREATE INDEX IF NOT EXISTS ix_reports_date ON reports(date);
        """;
}
