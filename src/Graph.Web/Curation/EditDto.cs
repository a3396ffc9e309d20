namespace Graph.Web.Curation;

/// <summary>One edit of the log as the API shows it.</summary>
/// <param name="Id">Its place in the log.</param>
/// <param name="Time">When it was made (UTC).</param>
/// <param name="Author">The name of the API key (or CLI operator) that made it.</param>
/// <param name="Reason">Why.</param>
/// <param name="Kind">Its kind's wire name.</param>
/// <param name="InForce">False once an undo in force reverses it.</param>
/// <param name="Actor">The actor it is about.</param>
/// <param name="Other">Merge: the actor merged away.</param>
/// <param name="Name">Rename: the new name.</param>
/// <param name="Alias">Split: the alias split off.</param>
/// <param name="NewActor">Split: the new actor's id.</param>
/// <param name="Country">Set-country: the code (null for an international body).</param>
/// <param name="Report">The report's content hash.</param>
/// <param name="Event">The event's place among its report's events.</param>
/// <param name="Role">Add-participation: the role.</param>
/// <param name="SentenceStart">Add-participation: the sentence's start.</param>
/// <param name="SentenceLength">Add-participation: the sentence's length.</param>
/// <param name="Quote">Add-participation: the sentence.</param>
/// <param name="Operation">Operation edits: the operation's key.</param>
/// <param name="Undoes">Undo: the edit reversed.</param>
public sealed record EditDto(
    long Id, DateTimeOffset Time, string Author, string Reason, string Kind, bool InForce,
    string? Actor, string? Other, string? Name, string? Alias, string? NewActor, string? Country,
    string? Report, int? Event, string? Role, int? SentenceStart, int? SentenceLength, string? Quote, string? Operation, long? Undoes);
