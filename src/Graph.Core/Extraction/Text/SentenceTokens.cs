using Graph.Core.Model;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// A sentence with its tokens, the unit every recognizer works on: a view of the report's
/// <see cref="ReportTokens"/>, so sentences share one buffer instead of holding lists of their own.
/// The report's sentences are kept with its buffers and pointed at the next report's (see <see cref="Reuse"/>).
/// </summary>
internal sealed class SentenceTokens(string text, Token[] reportTokens, CueBits[] reportCues, int[] reportIds, TextSpan span, int firstToken, int count, CueBits allCues)
{
    /// <summary>Points this sentence at another sentence of the same or another report, as the constructor would.</summary>
    public void Reuse(string reportText, Token[] tokens, CueBits[] cues, int[] ids, TextSpan sentenceSpan, int first, int tokenCount, CueBits sentenceCues)
    {
        (text, reportTokens, reportCues, reportIds) = (reportText, tokens, cues, ids);
        (span, firstToken, count, allCues) = (sentenceSpan, first, tokenCount, sentenceCues);
    }

    /// <summary>The whole report (token offsets are into it).</summary>
    public string Text => text;

    /// <summary>The sentence's span.</summary>
    public TextSpan Span => span;

    /// <summary>The number of tokens.</summary>
    public int Count => count;

    /// <summary>The sentence's tokens.</summary>
    public ReadOnlySpan<Token> Tokens => new(reportTokens, firstToken, count);

    /// <summary>Per token, the bits of the word lists it starts (see <see cref="CueVocabulary"/>).</summary>
    public ReadOnlySpan<CueBits> Cues => new(reportCues, firstToken, count);

    /// <summary>The cue bits of all its tokens together: a pass skips a sentence without its own.</summary>
    public CueBits AllCues => allCues;

    /// <summary>
    /// Whether the sentence is written all in capitals (a headline such as "SAISIE RECORD DANS LE PORT DE DAKAR"): four
    /// words or more and no lower-case letter. Capitals then say nothing of which words are acronyms.
    /// </summary>
    public bool IsShouted
    {
        get
        {
            // Ordinary text has a lower-case letter within its first words, so the scan stops there.
            foreach (var c in text.AsSpan(span.Start, span.Length))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            var words = 0;
            foreach (var token in Tokens)
            {
                if (token.Kind == TokenKind.Word && ++words == 4)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether a token of four digits stands in the sentence (a year may): the cheap test before any reading of years.</summary>
    public bool HasFourDigitNumber
    {
        get
        {
            foreach (var token in Tokens)
            {
                if (token is { Kind: TokenKind.Number, Length: 4 })
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Per token, its id in the <see cref="CueVocabulary"/>, or -1.</summary>
    public ReadOnlySpan<int> Ids => new(reportIds, firstToken, count);

    /// <summary>
    /// The cue bits of one token, as <c>Cues[index]</c> without building the span: word and phrase sets
    /// read it for every token they are asked about.
    /// </summary>
    public CueBits CueAt(int index)
    {
        if ((uint)index >= (uint)count)
        {
            OutsideTheSentence(index);
        }

        return reportCues[firstToken + index];
    }

    /// <summary>
    /// Whether the token at <paramref name="index"/> carries one of the bits of <paramref name="gate"/>: the test word and phrase
    /// sets make for every token they are asked about, done on the token's bits where they lie rather than on a copy.
    /// </summary>
    public bool HasCue(int index, CueBits gate)
    {
        if ((uint)index >= (uint)count)
        {
            OutsideTheSentence(index);
        }

        return reportCues[firstToken + index].Overlaps(gate);
    }

    /// <summary>The vocabulary id of one token, as <c>Ids[index]</c> without building the span.</summary>
    public int IdAt(int index)
    {
        if ((uint)index >= (uint)count)
        {
            OutsideTheSentence(index);
        }

        return reportIds[firstToken + index];
    }

    public ReadOnlySpan<char> Word(int index)
    {
        if ((uint)index >= (uint)count)
        {
            OutsideTheSentence(index);
        }

        // The token read in place: the readers ask for words in their every loop, and building the span of
        // all the sentence's tokens first cost a call and its checks each time (cachegrind).
        ref readonly var token = ref reportTokens[firstToken + index];
        return text.AsSpan(token.Start, token.Length);
    }

    public bool WordIs(int index, string word) =>
        index >= 0 && index < count && Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the words of <paramref name="phrase"/> appear at <paramref name="index"/>.</summary>
    public bool PhraseAt(int index, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!WordIs(index + k, phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only the given words (list glue: commas, "and", "or", "the") stand between two token positions.</summary>
    public bool OnlyWordsBetween(int from, int to, WordSet words)
    {
        for (var i = from; i < to; i++)
        {
            if (!words.Contains(this, i))
            {
                return false;
            }
        }

        return true;
    }

    public TextSpan SpanOf(int first, int tokenCount)
    {
        var tokens = Tokens;
        return new(tokens[first].Start, tokens[first + tokenCount - 1].End - tokens[first].Start);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void OutsideTheSentence(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "The token is outside the sentence.");
}
