using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 33: the agent of a passive in the future ("the three men will be tried by the Regional Court", "the phones will be
/// examined by the cybercrime unit", "o inquérito será acompanhado pelo Ministério Público", "ils seront jugés par le tribunal")
/// acts after the operation, as a body whose own verb is in the future does (see <see cref="ActsLater"/>), so by that mention
/// it takes no part. Read from the shape alone: the agent's mark, one participle before it, and before that a future
/// auxiliary (<c>later-passive</c>), directly or through the passive's infinitive (<c>passive-be</c>: "will be", "vai ser").
/// </summary>
internal sealed partial class ParticipationReader
{
    private readonly WordSet _laterPassives = knowledge.Words(KnowledgeList.LaterPassive);
    private readonly WordSet _passiveBe = knowledge.Words(KnowledgeList.PassiveBe);

    /// <summary>Whether the body is the agent of a passive in the future (see the type's summary).</summary>
    private bool AgentOfALaterPassive(SentenceTokens sentence, Mention mention)
    {
        var by = BeforeArticle(sentence, mention.FirstToken);
        if (by < 3 || !_by.Contains(sentence, by) || !IsPlainWord(sentence, by - 1))
        {
            return false;
        }

        var auxiliary = by - 2; // the participle stands at by - 1
        if (_passiveBe.Contains(sentence, auxiliary))
        {
            auxiliary--;
        }

        return _laterPassives.Contains(sentence, auxiliary);
    }
}
