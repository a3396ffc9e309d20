namespace Graph.Core.Extraction.Text;

/// <summary>A word, number or punctuation mark of a report, by offsets into its text.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Shape">What the tokenizer saw of its letters, so later passes need not look again.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, TokenShape Shape = TokenShape.None)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    /// <summary>Whether the token is a word starting with an upper-case letter ("Interpol", "U.S.").</summary>
    public bool IsCapitalized => (Shape & TokenShape.Capitalized) != 0;

    /// <summary>Whether the token is a word holding a hyphen ("Guinea-Bissau", "twenty-five", "-led").</summary>
    public bool IsHyphenated => (Shape & TokenShape.Hyphenated) != 0;
}

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>Facts about a word's letters, noted while tokenizing.</summary>
[Flags]
internal enum TokenShape : byte
{
    None = 0,

    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1,

    /// <summary>Holds a hyphen ("Guinea-Bissau", "twenty-five", the suffix "-led").</summary>
    Hyphenated = 2,
}
