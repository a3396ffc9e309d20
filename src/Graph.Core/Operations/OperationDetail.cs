namespace Graph.Core.Operations;

/// <summary>One operation as its reports tell it: every source, and each claim where they disagree.</summary>
/// <param name="Id">The operation's store id (it may change when curation or new reports relink it).</param>
/// <param name="Name">The name most of its reports give, or null when none names it.</param>
/// <param name="FirstDate">Date of its earliest dated report, or null.</param>
/// <param name="LastDate">Date of its latest dated report, or null.</param>
/// <param name="Participants">Actor ids any of its reports names as taking part, ordered.</param>
/// <param name="Sources">Its reports, oldest event first.</param>
/// <param name="Claims">Where reports disagree, each claim with the reports that make it; empty when they agree.</param>
public sealed record OperationDetail(
    long Id, string? Name, DateOnly? FirstDate, DateOnly? LastDate, IReadOnlyList<string> Participants,
    IReadOnlyList<OperationSource> Sources, IReadOnlyList<OperationClaim> Claims);
