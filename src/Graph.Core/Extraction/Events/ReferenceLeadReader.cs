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
    private readonly CueBits _nounCue = knowledge.Mask(KnowledgeList.LeadReference);

    /// <summary>How many agencies the sentence's leading reference stands for; 0 when it has none.</summary>
    public int Count(SentenceTokens sentence) => Find(sentence).Count;

    /// <summary>
    /// The sentence's leading reference: how many agencies it stands for (0 when it has none) and the token
    /// where it starts. "the two revenue services": one lower-case word may qualify the noun.
    /// </summary>
    public (int Count, int Start) Find(SentenceTokens sentence)
    {
        for (var k = 1; sentence.AllCues.Overlaps(_nounCue) && k < sentence.Count; k++)
        {
            // "led by five agencies: A, B, …": a count that a colon's list follows is told by that list, not by the agencies named before.
            if (!_nouns.Contains(sentence, k) || (k + 1 < sentence.Count && sentence.Word(k + 1) is ":"))
            {
                continue;
            }

            var countAt = CountBefore(sentence, k) is not null ? k - 1 : k > 1 && IsQualifier(sentence, k - 1) ? k - 2 : -1;
            if (countAt < 0 || CountBefore(sentence, countAt + 1) is not { } count)
            {
                continue;
            }

            var start = _the.Contains(sentence, countAt - 1) ? countAt - 1 : countAt;
            var verb = k + 1;
            while (_auxiliaries.Contains(sentence, verb))
            {
                verb++;
            }

            if (_leadPhrases.EndsAt(sentence, start) || _leadVerbs.Contains(sentence, verb))
            {
                return (count, start);
            }
        }

        return (0, -1);
    }

    /// <summary>A lower-case word that is no count itself ("revenue" in "the two revenue services").</summary>
    private bool IsQualifier(SentenceTokens sentence, int index) =>
        sentence.Tokens[index].Kind == TokenKind.Word && char.IsLower(sentence.Word(index)[0]) && _numbers.Read(sentence, index) is null;

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
