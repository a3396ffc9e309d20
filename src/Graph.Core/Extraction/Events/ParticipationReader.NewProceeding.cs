using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 35: a body whose own verb opens a proceeding named with an indefinite article ("has opened an inquiry into the
/// buying houses", "abrió una investigación por delito ambiental", "abriu um inquérito", "a ouvert une information
/// judiciaire") starts a new case of its own: the story's operation would be "the investigation". By that mention it takes
/// no part (a body that acted is named so elsewhere). The verb is a <c>proceeding-opener</c>, then an article of
/// <c>indefinite-article</c> and right after it a <c>proceeding-noun</c>: "a parallel inquiry" runs beside the operation,
/// which the annotated reports count both ways, so it is not read; nor is a sentence that goes on to arrests or a lead
/// ("abrió una investigación y detuvo a tres personas": the opening is the operation's own start).
/// </summary>
internal sealed partial class ParticipationReader
{
    private readonly WordSet _proceedingOpeners = knowledge.Words(KnowledgeList.ProceedingOpener);
    private readonly WordSet _indefinite = knowledge.Words(KnowledgeList.IndefiniteArticle);
    private readonly WordSet _proceedingNouns = knowledge.Words(KnowledgeList.ProceedingNoun);

    /// <summary>Whether the body's own verb opens a new proceeding (see the type's summary).</summary>
    private bool OpensANewProceeding(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var verb = VerbAfter(sentence, mentions, m);
        verb += verb >= 0 && _perfectAuxiliaries.Contains(sentence, verb) ? 1 : 0; // "a ouvert", "ha abierto"
        if (verb < 0 || verb + 2 >= sentence.Count || !_proceedingOpeners.Contains(sentence, verb) || !_indefinite.Contains(sentence, verb + 1))
        {
            return false;
        }

        if (!_proceedingNouns.Contains(sentence, verb + 2))
        {
            return false;
        }

        for (var k = verb + 3; k < sentence.Count; k++)
        {
            if (_arrestWords.Contains(sentence, k) || _leadVerbs.Contains(sentence, k))
            {
                return false;
            }
        }

        return true;
    }
}
