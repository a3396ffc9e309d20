using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    private readonly PhraseSet _separateOpeners = knowledge.Phrases(KnowledgeList.OperationSeparateOpener);

    /// <summary>
    /// Session 28: "In a separate operation, Operation Blue Crossing, led by the Armed Forces of Malta, …". An opener that
    /// sets a case apart makes a sentence background ("In a separate case, German police arrested nine"), but when the same
    /// sentence names the operation and no year before the report's, it starts the account of the report's next operation,
    /// which is told as this one is. "In a separate case in 2022, Operation X …" stays an earlier case.
    /// </summary>
    private bool OpensAnotherOperation(SentenceTokens sentence, int? reportYear)
    {
        if (!OpensApart(sentence))
        {
            return false;
        }

        var start = sentence.Count > 0 && sentence.Tokens[0].Kind == TokenKind.Punctuation ? 1 : 0;

        for (var k = start; k < sentence.Count; k++)
        {
            if (ParticipationReader.YearAt(sentence, k) is { } year && year < reportYear)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"In a separate case, …", "Noutro caso, …": the sentence opens by setting what it tells apart from what came before.</summary>
    private bool OpensApart(SentenceTokens sentence) =>
        _separateOpeners.MatchAt(sentence, sentence.Count > 0 && sentence.Tokens[0].Kind == TokenKind.Punctuation ? 1 : 0) > 0;
}
