namespace Graph.Core.Operations;

/// <summary>Why an event was joined to an operation: the rule, the event it matched and the evidence in words.</summary>
/// <param name="Rule">One of <see cref="LinkRule"/>.</param>
/// <param name="MatchedEvent">The event already in the operation that it matched; null for <see cref="LinkRule.First"/>.</param>
/// <param name="Explanation">The evidence, in a sentence a reader can check against both reports.</param>
public sealed record OperationLink(string Rule, long? MatchedEvent, string Explanation)
{
    /// <summary>The link of an event that starts its own operation.</summary>
    public static OperationLink Alone { get; } = new(LinkRule.First, null, "no earlier report matched it by name, or by participants, crime area and date");
}
