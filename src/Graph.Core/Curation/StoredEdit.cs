namespace Graph.Core.Curation;

/// <summary>A curation edit as kept in the append-only log.</summary>
/// <param name="Id">Its place in the log: later edits have larger ids.</param>
/// <param name="Time">When it was made (UTC).</param>
/// <param name="Author">Who made it: the name of the API key, or of the operator at the command line.</param>
/// <param name="Reason">Why, in the author's words.</param>
/// <param name="Edit">What it changes.</param>
public sealed record StoredEdit(long Id, DateTimeOffset Time, string Author, string Reason, CurationEdit Edit);
