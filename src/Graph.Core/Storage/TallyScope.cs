namespace Graph.Core.Storage;

/// <summary>Which tallies to read: one projection, one crime area (or <c>*</c>), and a range of periods.</summary>
/// <param name="Projection">The view: <c>actors</c>, <c>countries</c> or <c>agencies</c>.</param>
/// <param name="CrimeArea">A crime area in lower case, or <c>*</c>.</param>
/// <param name="FirstPeriod">First month (<c>YYYY-MM</c>) read, or <c>*</c> for the all-time tallies.</param>
/// <param name="LastPeriod">Last month read (ignored for all time).</param>
public sealed record TallyScope(string Projection, string CrimeArea, string FirstPeriod, string LastPeriod)
{
    /// <summary>Marks the all-time period and the every-area crime area.</summary>
    public const string All = "*";

    /// <summary>Whether the scope is the all-time tallies rather than a range of months.</summary>
    public bool AllTime => FirstPeriod == All;
}
