using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 28: a report of several operations introduces the next one by its place in the story and gives its name as an
/// apposition, with no "Operation" before it and no quotes ("The second operation, Amber Gate, was led by …", "La otra
/// operación, Cardumen, …").
/// </summary>
internal sealed partial class OperationNameReader
{
    /// <summary>How far before the operation noun the word of its place may stand ("the second joint operation").</summary>
    private const int SequenceReach = 2;

    private readonly WordSet _sequence = knowledge.Words(KnowledgeList.OperationSequence);
    private readonly WordSet _descriptorsAnyCase = knowledge.Words(KnowledgeList.OperationDescriptor);
    private readonly WordSet _openingArticles = knowledge.Words(KnowledgeList.DefiniteArticle, KnowledgeList.AgentArticle);

    /// <summary>
    /// A lower-case operation noun after a word that places it among the report's operations (<c>operation-sequence</c>:
    /// "second", "separate", "otra"), then a comma and capitalised words closed by a comma or a bracket. Adds the name and
    /// returns the index after it, or 0. Without that word the same shape is usually an aside ("The operation, Police Chief
    /// Ruiz said, …"), so it names nothing; a name that the operation word opens is read from that word.
    /// </summary>
    private int NameAfterOrdinalNoun(SentenceTokens sentence, int noun, List<Mention> mentions, List<string> names)
    {
        var start = noun + 2;
        if (start + 1 >= sentence.Count || sentence.Word(noun + 1) is not "," || !(_operationNouns.Contains(sentence, noun) || _quotedNouns.Contains(sentence, noun))
            || !SequenceBefore(sentence, noun) || _operationAnyCase.Contains(sentence, start) || IsQuote(sentence, start))
        {
            return 0;
        }

        var read = names.Count;
        var end = ReadName(sentence, start, mentions, names, _namePrefix);
        if (names.Count == read)
        {
            return 0;
        }

        if (end < sentence.Count && sentence.Word(end) is "," or "(" or ")" or ";")
        {
            return end;
        }

        names.RemoveAt(read); // "The second operation, Europol said in The Hague": no closed apposition
        return 0;
    }

    /// <summary>
    /// "na operação internacional Gota Amarga", "l'opération conjointe Mare Nostrum": the lower-case operation word, a word
    /// that only describes an operation (<c>operation-descriptor</c>, here in lower case, as Spanish, Portuguese and French
    /// write it after the noun), then the name as after "operation" alone; "l'opération internationale menée par …" names none.
    /// Session 32: the name may be quoted there as it may right after the operation word ('la operación conjunta "Marea Alta 3"').
    /// </summary>
    private bool DescribedLowerCaseOperationWord(SentenceTokens sentence, int index, List<Mention> mentions) =>
        index + 2 < sentence.Count && char.IsLower(sentence.Word(index + 1)[0]) && _descriptorsAnyCase.Contains(sentence, index + 1)
        && (LowerCaseOperationWord(sentence, index, mentions, gap: 1) || QuotedNameAfterDescriptor(sentence, index, mentions));

    /// <summary>The lower-case operation word, its describing word, then a quote opening a name that closes soon.</summary>
    private bool QuotedNameAfterDescriptor(SentenceTokens sentence, int index, List<Mention> mentions) =>
        index + 3 < sentence.Count && IsQuote(sentence, index + 2) && char.IsLower(sentence.Word(index)[0])
        && _operationAnyCase.Contains(sentence, index) && _operationNouns.Contains(sentence, index)
        && QuotedNameEnd(sentence, index + 3, mentions) > 0;

    /// <summary>
    /// Session 32: 'La primera, bautizada "Marea Alta 3", …', 'The second, dubbed "Harbour Gate", …': after a report has told of
    /// its operations, the word of an operation's place among them stands for the noun before a naming cue. The name must be
    /// quoted there, as a person's name after "the second, named …" is not.
    /// </summary>
    private bool SequenceStandsForTheNoun(SentenceTokens sentence, int word, int name) =>
        _sequence.Contains(sentence, word) && name + 1 < sentence.Count && IsQuote(sentence, name);

    /// <summary>
    /// Session 34: '"Steppe Guard", a joint operation co-led by …', '« Cadenas », une action coordonnée …': a quoted name set before a
    /// lower-case operation noun as an apposition, an article and at most <see cref="MaxNameWords"/> lower-case words between the
    /// comma and the noun. The quotes mark a code name, so its words may be a body's ("Guard", "Shield"); every one is capitalised,
    /// a number, or a linking word between two capitalised ones. A quoted "Operation …" is read from its own word.
    /// </summary>
    private void QuotedAppositiveName(SentenceTokens sentence, int noun, List<string> names)
    {
        var k = noun - 1;
        while (k > 0 && noun - k <= MaxNameWords && char.IsLower(sentence.Word(k)[0]) && !IsArticle(sentence, k))
        {
            k--;
        }

        var closing = k - 2;
        if (closing < 2 || !IsArticle(sentence, k) || sentence.Word(k - 1) is not "," || !IsClosingQuote(sentence, closing))
        {
            return;
        }

        var opening = closing - 1;
        while (opening > 0 && closing - opening < MaxQuotedTokens && !IsQuote(sentence, opening))
        {
            opening--;
        }

        if (!IsQuote(sentence, opening) || opening + 1 >= closing || _operationAnyCase.Contains(sentence, opening + 1))
        {
            return;
        }

        for (var j = opening + 1; j < closing; j++)
        {
            var token = sentence.Tokens[j];
            if (!(token.IsCapitalized || token.Kind == TokenKind.Number
                || (j > opening + 1 && j + 1 < closing && _linkers.Contains(sentence, j) && sentence.Tokens[j + 1].IsCapitalized)))
            {
                return;
            }
        }

        names.Add(_namePrefix + sentence.SpanOf(opening + 1, closing - opening - 1).Slice(sentence.Text));
    }

    private static bool IsClosingQuote(SentenceTokens sentence, int index) =>
        sentence.Word(index) is "\"" or "\u201D" or "'" or "\u2019" or "\u00BB";

    /// <summary>
    /// Session 35: 'The first, "Pamir Passage", was led by …', 'La segunda, «Costa Brava», …': a sentence that opens on the word
    /// of an operation's place, its noun left out as the report's opening has already given it, then a quoted name set off by
    /// commas. The quotes mark a code name (a person or a body after "The first," is not quoted), and only the sentence's
    /// opening is read, where a paragraph of such a release introduces its next operation.
    /// </summary>
    private void OpeningOrdinalName(SentenceTokens sentence, List<Mention> mentions, List<string> names)
    {
        var place = sentence.Count > 0 && _openingArticles.Contains(sentence, 0) ? 1 : 0;
        var quote = place + 2;
        if (quote + 2 >= sentence.Count || !_sequence.Contains(sentence, place) || sentence.Word(place + 1) is not "," || !IsQuote(sentence, quote)
            || _operationAnyCase.Contains(sentence, quote + 1))
        {
            return;
        }

        var closing = QuotedNameEnd(sentence, quote + 1, mentions);
        if (closing > 0 && closing + 1 < sentence.Count && sentence.Word(closing + 1) is ",")
        {
            names.Add(_namePrefix + sentence.SpanOf(quote + 1, closing - quote - 1).Slice(sentence.Text));
        }
    }

    private bool SequenceBefore(SentenceTokens sentence, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - SequenceReach); k--)
        {
            if (_sequence.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }
}
