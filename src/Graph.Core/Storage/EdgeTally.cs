namespace Graph.Core.Storage;

/// <summary>
/// What the reports of one period and crime area say about one edge of a projection, kept at write time.
/// </summary>
/// <param name="Projection">The view: <c>actors</c>, <c>countries</c> or <c>agencies</c>.</param>
/// <param name="Period">Month <c>YYYY-MM</c>, <c>""</c> for undated reports, <c>*</c> for all time.</param>
/// <param name="CrimeArea">A crime area, or <c>*</c> for every event whatever its area.</param>
/// <param name="Source">The ordinally smaller node id.</param>
/// <param name="Target">The ordinally larger node id.</param>
/// <param name="Reports">Distinct reports naming both ends in a shared event.</param>
/// <param name="Events">Shared events.</param>
/// <param name="Led">Shared events that one of the ends led.</param>
/// <param name="Newman">Sum over shared events of 1/(participants − 1); 0 in the <c>operations:</c> projections, which no reader weights by it.</param>
/// <param name="FirstDate">Date of the earliest shared event, <c>9999-12-31</c> when undated.</param>
/// <param name="FirstKey">Where the pair first appears on that date (event id, then member positions).</param>
/// <param name="Sources">In the <c>operations:</c> projections (where <paramref name="Reports"/> counts operations), the reports that tell them; 0 elsewhere.</param>
public sealed record EdgeTally(
    string Projection, string Period, string CrimeArea, string Source, string Target,
    int Reports, int Events, int Led, double Newman, string FirstDate, long FirstKey, int Sources = 0);
