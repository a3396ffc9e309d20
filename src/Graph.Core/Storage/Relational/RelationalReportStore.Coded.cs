using Graph.Core.Model;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// Coded events (issue 11, import): what such an event has beyond its report is kept in
/// <c>coded_events</c>, keyed by its coder's event id, so importing the same file again finds the
/// report already stored even where the text describing the event came out differently.
/// </summary>
public abstract partial class RelationalReportStore
{
    private static long? FindCoded(WriteSession session, CodedEvent? coded) =>
        coded is null
            ? null
            : session.Scalar<long?>("SELECT report_id FROM coded_events WHERE coder = @coder AND global_event_id = @id",
                ("@coder", CodedEvent.Coder), ("@id", coded.GlobalEventId));

    private static void SaveCoded(WriteSession session, long reportId, CodedEvent? coded)
    {
        if (coded is null)
        {
            return;
        }

        session.Execute("""
            INSERT INTO coded_events (report_id, coder, global_event_id, event_code, quad_class, goldstein_scale, num_mentions)
            VALUES (@report, @coder, @id, @code, @quad, @goldstein, @mentions)
            """,
            ("@report", reportId), ("@coder", CodedEvent.Coder), ("@id", coded.GlobalEventId), ("@code", coded.EventCode),
            ("@quad", coded.QuadClass), ("@goldstein", coded.GoldsteinScale), ("@mentions", coded.NumMentions));
    }
}
