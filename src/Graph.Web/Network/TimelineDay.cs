namespace Graph.Web.Network;

/// <summary>One day of the timeline: a date some report carries and how many reports carry it.</summary>
public sealed record TimelineDay(DateOnly Date, int Reports);
