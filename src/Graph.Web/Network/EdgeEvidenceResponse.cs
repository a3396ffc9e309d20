using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Core.Storage;

namespace Graph.Web.Network;

/// <summary>An edge with a page of the events, reports and sentences that support it; <c>next</c> asks for the following page.</summary>
public sealed record EdgeEvidenceResponse(string Source, string Target, double Weight, string Kind, int Reports, IReadOnlyList<EvidenceItem> Evidence, string? Next)
{
    public static EdgeEvidenceResponse From(CooperationEdge edge, EdgeEvidencePage page) =>
        new(edge.Source, edge.Target, edge.Weight, ExportNames.Of(edge.Kind), edge.ReportCount, page.Evidence.Select(EvidenceItem.From).ToArray(), page.Next);
}
