using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 35: a court or a body that only issues orders ("warrants issued by the court") usually acts once the operation
/// is over, hearing or authorising the case, and takes no part by that mention. A clause the writer dates inside the
/// operation ("During the action days the District Court issued search orders", "the warrants were issued during the
/// operation by the Anti-Corruption Court", "expedidos durante a operação pela Vara Criminal") tells its part in it: by
/// that mention it takes part. The date is a word of time within (<c>during-operation</c>) before an operation noun, in the
/// body's clause.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int DuringReach = 3; // "during the action days", "lors de l'opération", "durante a operação"

    private readonly WordSet _during = knowledge.Words(KnowledgeList.DuringOperation);

    /// <summary>Whether the clause around the body's first token holds "during" (or its like) shortly before an operation noun.</summary>
    private bool DatedInTheOperation(SentenceTokens sentence, int first)
    {
        var tokens = sentence.Tokens;
        var start = first;
        while (start > 0 && tokens[start - 1].Kind != TokenKind.Punctuation)
        {
            start--;
        }

        for (var k = start; k < sentence.Count && (k < first || tokens[k].Kind != TokenKind.Punctuation); k++)
        {
            if (!_during.Contains(sentence, k))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(sentence.Count, k + 1 + DuringReach) && tokens[j].Kind == TokenKind.Word; j++)
            {
                if (_operationNouns.Contains(sentence, j))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
