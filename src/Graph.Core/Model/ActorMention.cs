namespace Graph.Core.Model;

/// <summary>One place in a report where an actor is named.</summary>
/// <param name="ActorId">The resolved actor.</param>
/// <param name="Surface">The words as written.</param>
/// <param name="Span">Where those words are.</param>
/// <param name="Sentence">The sentence that holds them, so the evidence can be quoted.</param>
public sealed record ActorMention(string ActorId, string Surface, TextSpan Span, TextSpan Sentence);
