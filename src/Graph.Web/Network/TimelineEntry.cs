namespace Graph.Web.Network;

/// <summary>One dated report of the timeline.</summary>
public sealed record TimelineEntry(long ReportId, DateOnly Date, string Title);
