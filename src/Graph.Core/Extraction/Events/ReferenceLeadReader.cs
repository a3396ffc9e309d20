using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Leads named by reference: "The two organisations jointly conducted the operation", "a joint operation
/// between the two directorates". A count ("two", "three", "both") before a noun of bodies
/// (data/knowledge/roles.txt, lead/reference), as the subject of a lead verb or the agent after a lead
/// phrase, stands for the agencies that took part most recently in the report; the assembler resolves it.
/// </summary>
internal sealed class ReferenceLeadReader(ExtractionKnowledge knowledge)
{
    private const int MaxCount = 9;
    private readonly NumberReader _numbers = new(knowledge);
    private readonly WordSet _nouns = knowledge.Words(KnowledgeList.LeadReference);
    private readonly WordSet _pair = knowledge.Words(KnowledgeList.LeadReferencePair);
    private readonly WordSet _the = knowledge.Words(KnowledgeList.DefiniteArticle);
    private readonly WordSet _leadVerbs = knowledge.Words(KnowledgeList.LeadBefore);
    private readonly WordSet _auxiliaries = knowledge.Words(KnowledgeList.Auxiliary);
    private readonly PhraseSet _leadPhrases = knowledge.Phrases(KnowledgeList.LeadAfter, KnowledgeList.LeadOfOperation);
    private readonly ulong _nounCue = knowledge.Mask(KnowledgeList.LeadReference);

    /// <summary>How many agencies the sentence's leading reference stands for; 0 when it has none.</summary>
    public int Count(SentenceTokens sentence)
    {
        for (var k = 1; (sentence.AllCues & _nounCue) != 0 && k < sentence.Count; k++)
        {
            if (!_nouns.Contains(sentence, k) || CountBefore(sentence, k) is not { } count)
            {
                continue;
            }

            var start = _the.Contains(sentence, k - 2) ? k - 2 : k - 1;
            var verb = k + 1;
            while (_auxiliaries.Contains(sentence, verb))
            {
                verb++;
            }

            if (_leadPhrases.EndsAt(sentence, start) || _leadVerbs.Contains(sentence, verb))
            {
                return count;
            }
        }

        return 0;
    }

    /// <summary>"two" or "both" just before the noun; null for any other word or a count too large to be a reference.</summary>
    private int? CountBefore(SentenceTokens sentence, int noun)
    {
        if (_pair.Contains(sentence, noun - 1))
        {
            return 2;
        }

        var word = sentence.Tokens[noun - 1];
        return word.Kind == TokenKind.Word && _numbers.Read(sentence, noun - 1) is ({ } value and >= 2 and <= MaxCount, 1) ? (int)value : null;
    }
}
