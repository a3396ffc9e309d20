namespace Graph.Core.Extraction.Text;

/// <summary>A word, number or punctuation mark of a report, by offsets into its text.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    /// <summary>Whether the token starts with an upper-case letter ("Interpol", "U.S.").</summary>
    public bool IsCapitalized(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);
}

/// <summary>What a token is made of.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
