namespace Graph.Web.OperationDetails;

/// <summary>An operation as the details panel shows it.</summary>
/// <param name="Id">Operation id.</param>
/// <param name="Name">The name most of its reports give, or null.</param>
/// <param name="FirstDate">Its earliest report's date.</param>
/// <param name="LastDate">Its latest report's date.</param>
/// <param name="Participants">Actor ids any report names as taking part.</param>
/// <param name="Sources">Its reports, each with why it was linked.</param>
/// <param name="Claims">Where reports disagree: each value with the reports that give it.</param>
public sealed record OperationResponse(
    long Id, string? Name, DateOnly? FirstDate, DateOnly? LastDate, IReadOnlyList<string> Participants,
    IReadOnlyList<OperationSourceDto> Sources, IReadOnlyList<OperationClaimDto> Claims);
