using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>An actor found in a sentence, before events are assembled.</summary>
/// <param name="ActorId">Resolved actor id.</param>
/// <param name="Kind">Country or agency.</param>
/// <param name="FirstToken">Index of its first token in the sentence.</param>
/// <param name="TokenCount">Number of tokens it covers.</param>
/// <param name="Span">Character span in the report.</param>
/// <param name="Sentence">The sentence's span.</param>
/// <param name="TakesNoPart">Named as a nationality, origin, location or dateline, not as a taking-part authority.</param>
/// <param name="Entry">The gazetteer phrase that matched; null for a discovered agency.</param>
internal readonly record struct Mention(
    string ActorId,
    ActorKind Kind,
    int FirstToken,
    int TokenCount,
    TextSpan Span,
    TextSpan Sentence,
    bool TakesNoPart,
    GazetteerEntry? Entry = null)
{
    public int EndToken => FirstToken + TokenCount;
}
