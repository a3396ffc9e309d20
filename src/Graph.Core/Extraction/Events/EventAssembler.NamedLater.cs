using System.Collections.Frozen;
using System.Globalization;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    private const int FrontedPhraseReach = 7; // "Casi al mismo tiempo, …", "In the port of Durban, …": a fronted place or time before its comma
    private const int OpeningNounReach = 5; // "In the third action", "La deuxième opération": where a paragraph's opening names an operation by its noun
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _sequenceOrdinals = knowledge.List(KnowledgeList.SequenceOrdinal)
        .Select(item => (Word: item[..item.LastIndexOf(' ')], Value: int.Parse(item[(item.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
        .DistinctBy(o => o.Word, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(o => o.Word, o => o.Value, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly WordSet _articles = knowledge.Words(KnowledgeList.DefiniteArticle, KnowledgeList.AgentArticle);
    private readonly WordSet _prepositions = knowledge.Words(
        KnowledgeList.Locative, KnowledgeList.Ablative, KnowledgeList.Comitative, KnowledgeList.NameLinker, KnowledgeList.AgentMarker, KnowledgeList.InfinitiveMarker);

    /// <summary>
    /// Session 34: a paragraph that opens on an operation by its noun and gives its name only later ("The third action took
    /// place in the north, where the State Police, with army helicopters, destroyed the plants. … The operation, 'Clean
    /// Slope', is part of …") tells that operation from its first sentence, once the report has told another one in an
    /// earlier paragraph: the sentences before the name belong to the operation it names, not to the one told above. Only a
    /// name the report has not given before is read, and the paragraph's earlier sentences must name no operation, tell no
    /// other time and not speak of several operations. Session 35: the sentence that names it must not set it apart from what
    /// its paragraph told before ("… Three were arrested. In another case, the GNR ran Operation X"), and besides the noun a
    /// paragraph may open on a fronted place or time, or under a heading (see <see cref="IntroducesAnOperation"/>).
    /// </summary>
    private void GiveParagraphToTheOperationNamedLater(
        IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, SentenceTokens[] texts, (string? Operation, bool Scoped)[] about, bool[] background, bool[] opensScope, string?[] firstNamed)
    {
        var toldBefore = -1; // the first sentence that opens an operation's scope
        for (var s = 0; s < texts.Length; s++)
        {
            if (firstNamed[s] is not { } name || !opensScope[s] || background[s])
            {
                continue;
            }

            toldBefore = toldBefore < 0 ? s : toldBefore;
            var start = s;
            while (start > 0 && !OperationScope.ParagraphBreakBefore(texts[start - 1], texts[start]))
            {
                start--;
            }

            if (start == s || toldBefore >= start || NamedBefore(firstNamed, s, name) || OpensApart(texts[s])
                || !IntroducesAnOperation(texts, start, sentences[start].Mentions))
            {
                continue;
            }

            var plain = true;
            for (var t = start; plain && t < s; t++)
            {
                plain = firstNamed[t] is null && !background[t] && !about[t].Scoped && !AboutSeveralOperations(texts[t]);
            }

            for (var t = start; plain && t < s; t++)
            {
                about[t] = (name, false);
            }
        }
    }

    private static bool NamedBefore(string?[] firstNamed, int s, string name)
    {
        for (var t = 0; t < s; t++)
        {
            if (string.Equals(firstNamed[t], name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 35: how a release of several operations opens the paragraph of its next one, besides its noun: a fronted place or
    /// time set off by a comma ("En Melilla, la Policía Nacional …", "Casi al mismo tiempo, en el puerto …", "In March, …"), with
    /// no body before the comma; or a section heading just above it ("Del otro lado del Atlántico").
    /// </summary>
    private bool IntroducesAnOperation(SentenceTokens[] texts, int start, List<Mention> mentions)
    {
        if (OpensOnAnOperationNoun(texts[start]) || (start > 0 && OperationScope.IsHeading(texts[start - 1], texts[start])))
        {
            return true;
        }

        var sentence = texts[start];
        for (var k = 1; k < Math.Min(sentence.Count, FrontedPhraseReach); k++)
        {
            if (MentionRanges.InsideAMention(mentions, k - 1, ActorKind.Agency))
            {
                return false;
            }

            if (sentence.Word(k) is ",")
            {
                return true;
            }
        }

        return false;
    }

    private bool OpensOnAnOperationNoun(SentenceTokens sentence)
    {
        for (var k = 0; k < Math.Min(sentence.Count, OpeningNounReach); k++)
        {
            if (_operationNouns.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 34: in a report that tells several operations, a sentence that names none but points at one by its place ("The
    /// UNODC provided analysts for the first operation's planning", "en la segunda operación", "lors de la première
    /// opération") is about that operation, the n-th the report told, wherever it stands. The ordinal must follow an article
    /// that follows a preposition or opens the sentence, so a comparison ("It was the first operation of its kind") is not read.
    /// </summary>
    private void PointOrdinalReferences(SentenceTokens[] texts, (string? Operation, bool Scoped)[] about, bool[] background, bool[] opensScope, string?[] firstNamed)
    {
        List<string>? operations = null;
        for (var s = 0; s < texts.Length; s++)
        {
            if (firstNamed[s] is not null || background[s] || !texts[s].AllCues.Overlaps(_operationNouns.Gate))
            {
                continue;
            }

            operations ??= OperationsOpeningScopes(firstNamed, opensScope);
            if (operations.Count < 2)
            {
                return;
            }

            if (OrdinalOfAnOperation(texts[s]) is > 0 and var place && place <= operations.Count)
            {
                about[s] = (operations[place - 1], true);
            }
        }
    }

    /// <summary>The place an ordinal before an operation noun gives ("the first operation" → 1), after an article and a preposition or the sentence's start; 0 when none.</summary>
    private int OrdinalOfAnOperation(SentenceTokens sentence)
    {
        for (var k = 2; k < sentence.Count; k++)
        {
            if (_operationNouns.Contains(sentence, k) && _sequenceOrdinals.TryGetValue(sentence.Word(k - 1), out var place)
                && _articles.Contains(sentence, k - 2) && (k == 2 || _prepositions.Contains(sentence, k - 3)))
            {
                return place;
            }
        }

        return 0;
    }
}
