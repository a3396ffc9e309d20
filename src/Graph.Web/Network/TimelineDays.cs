namespace Graph.Web.Network;

/// <summary>
/// The timeline counted per day: what the date sliders step over and what a figure's source line
/// cites, bounded by the span of the dates rather than by the number of reports.
/// </summary>
/// <param name="Reports">Every stored report, dated or not.</param>
/// <param name="Undated">Reports without a date (they are in no day).</param>
/// <param name="Days">The distinct report dates, oldest first, each with its report count.</param>
public sealed record TimelineDays(int Reports, int Undated, IReadOnlyList<TimelineDay> Days);
