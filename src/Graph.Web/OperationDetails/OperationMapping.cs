using Graph.Core.Operations;

namespace Graph.Web.OperationDetails;

/// <summary>Operation details to their wire form.</summary>
internal static class OperationMapping
{
    public static OperationResponse ToResponse(this OperationDetail operation) => new(
        operation.Id, operation.Name, operation.FirstDate, operation.LastDate, operation.Participants,
        [.. operation.Sources.Select(s => new OperationSourceDto(s.EventId, s.Report.Id, s.Report.Title, s.Report.Url, s.Report.Date, s.Name,
            s.Link.Rule, s.Link.MatchedEvent, s.Link.Explanation))],
        [.. operation.Claims.Select(c => new OperationClaimDto(c.Subject, c.Value, c.ReportIds))]);
}
