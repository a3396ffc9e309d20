using Graph.Core.Export;
using Graph.Core.Network;

namespace Graph.Web.Network;

/// <summary>An edge with every event, report and sentence that supports it.</summary>
public sealed record EdgeEvidenceResponse(string Source, string Target, double Weight, string Kind, IReadOnlyList<EvidenceItem> Evidence)
{
    public static EdgeEvidenceResponse From(CooperationEdge edge) =>
        new(edge.Source, edge.Target, edge.Weight, ExportNames.Of(edge.Kind), edge.Evidence.Select(EvidenceItem.From).ToArray());
}
