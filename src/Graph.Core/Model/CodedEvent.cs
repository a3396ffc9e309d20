namespace Graph.Core.Model;

/// <summary>
/// One row of machine-coded event data (a GDELT 2.0 event) kept as a cooperation event between two
/// countries. Codes stay strings, so CAMEO <c>063</c> is never read as 63.
/// </summary>
/// <param name="GlobalEventId">The coder's own id of the event, unique across its data set.</param>
/// <param name="Date">The day the event took place (GDELT's SQLDATE).</param>
/// <param name="Country1">ISO 3166-1 alpha-2 code of the first actor's country.</param>
/// <param name="Country2">ISO 3166-1 alpha-2 code of the second actor's country.</param>
/// <param name="EventCode">The CAMEO event code, e.g. <c>063</c>.</param>
/// <param name="EventLabel">What the code means, e.g. "judicial cooperation".</param>
/// <param name="QuadClass">GDELT's quad class (1 verbal cooperation … 4 material conflict).</param>
/// <param name="GoldsteinScale">Goldstein score of the event type, −10 to +10.</param>
/// <param name="NumMentions">How many mentions the event had in the coder's first 15 minutes.</param>
/// <param name="SourceUrl">The article the event was coded from.</param>
public sealed record CodedEvent(
    long GlobalEventId,
    DateOnly Date,
    string Country1,
    string Country2,
    string EventCode,
    string EventLabel,
    int QuadClass,
    double GoldsteinScale,
    int NumMentions,
    string? SourceUrl)
{
    /// <summary>The coder these events come from.</summary>
    public const string Coder = "GDELT";
}
