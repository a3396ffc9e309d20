using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Metadata;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction;

/// <summary>
/// A background sentence about an earlier case: it opens with a date ("En 2019", "Em março", "En 2022,")
/// and tells it in the pluperfect ("había sido investigada", "tinha apreendido", "avait été démantelée").
/// The bodies and countries it names are mentioned, but take no part in the report's operation. The
/// pluperfect auxiliaries are listed for Spanish, Portuguese and French only, so English reads as before.
/// </summary>
internal sealed class LanguageBackgroundSentences(ExtractionKnowledge knowledge)
{
    private const int YearDigits = 4;
    private readonly WordSet _auxiliaries = knowledge.Words(KnowledgeList.BackgroundAuxiliary);
    private readonly WordSet _in = knowledge.Words(KnowledgeList.Locative);

    /// <summary>Whether the sentence opens with a date after a place preposition and holds a pluperfect auxiliary.</summary>
    public bool IsBackground(SentenceTokens sentence)
    {
        var start = 0;
        while (start < sentence.Count && sentence.Tokens[start].Kind == TokenKind.Punctuation)
        {
            start++;
        }

        if (start + 1 >= sentence.Count || !sentence.Tokens[start].IsCapitalized || !_in.Contains(sentence, start))
        {
            return false;
        }

        var when = sentence.Word(start + 1);
        var dated = (sentence.Tokens[start + 1].Kind == TokenKind.Number && when.Length == YearDigits) || NativeDateReader.IsMonth(when);
        if (!dated)
        {
            return false;
        }

        for (var k = start + 2; k < sentence.Count; k++)
        {
            if (_auxiliaries.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }
}
