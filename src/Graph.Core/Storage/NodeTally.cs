namespace Graph.Core.Storage;

/// <summary>What the reports of one period and crime area say about one node of a projection, kept at write time.</summary>
/// <param name="Projection">The view: <c>actors</c>, <c>countries</c> or <c>agencies</c>.</param>
/// <param name="Period">Month <c>YYYY-MM</c>, <c>""</c> for undated reports, <c>*</c> for all time.</param>
/// <param name="CrimeArea">A crime area, or <c>*</c> for every event whatever its area.</param>
/// <param name="Node">The node id.</param>
/// <param name="Reports">Distinct reports in which the node takes part in an event.</param>
/// <param name="Events">Events the node takes part in.</param>
/// <param name="FirstDate">Date of its earliest event, <c>9999-12-31</c> when undated.</param>
/// <param name="FirstKey">Where the node first appears on that date (event id, then member position).</param>
/// <param name="Sources">In the <c>operations:</c> projections (where <paramref name="Reports"/> counts operations), the reports that tell them; 0 elsewhere.</param>
public sealed record NodeTally(
    string Projection, string Period, string CrimeArea, string Node,
    int Reports, int Events, string FirstDate, long FirstKey, int Sources = 0);
