using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>A sentence with its tokens, the unit every recognizer works on.</summary>
/// <param name="Text">The whole report (token offsets are into it).</param>
/// <param name="Span">The sentence's span.</param>
/// <param name="Tokens">The sentence's tokens.</param>
/// <param name="Cues">Per token, the bits of the word lists it starts (see CueVocabulary).</param>
internal sealed record SentenceTokens(string Text, TextSpan Span, List<Token> Tokens, ulong[] Cues)
{
    public ReadOnlySpan<char> Word(int index) => Tokens[index].In(Text);

    public bool WordIs(int index, string word) =>
        index >= 0 && index < Tokens.Count && Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);

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

    public TextSpan SpanOf(int first, int count) =>
        new(Tokens[first].Start, Tokens[first + count - 1].End - Tokens[first].Start);
}
