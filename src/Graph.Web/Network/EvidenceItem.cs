using Graph.Core.Model;
using Graph.Core.Network;

namespace Graph.Web.Network;

/// <summary>One supporting event: the report to cite and the sentences to quote.</summary>
public sealed record EvidenceItem(long ReportId, string Title, DateOnly? Date, string? Url, long EventId, string? EventName, IReadOnlyList<string> Sentences, string Source, string Language)
{
    public static EvidenceItem From(EdgeEvidence e) => new(e.ReportId, e.ReportTitle, e.ReportDate, e.ReportUrl, e.EventId, e.EventName, e.Sentences, e.Source.Name(), e.Language);
}
