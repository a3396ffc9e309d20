namespace Graph.Core.Extraction.Text;

/// <summary>
/// Cue bits: one bit per named word list of the <see cref="CueVocabulary"/>, carried by a token (the lists it
/// starts), a sentence (its tokens' bits together) or a gate (the lists a pass looks for). Three words wide, for
/// up to <see cref="Capacity"/> - 1 lists and the number shape (<see cref="CueVocabulary.NumberShaped"/>): the
/// knowledge files outgrew one <c>ulong</c> in session 25 and two in session 36.
/// </summary>
/// <remarks>
/// Passes ask <see cref="Overlaps"/> for nearly every token, so it tests all three words without a branch between them.
/// </remarks>
internal readonly record struct CueBits(ulong Low, ulong High, ulong Top = 0)
{
    /// <summary>How many lists the bits can tell apart.</summary>
    public const int Capacity = 3 * 64;

    /// <summary>No bit: a token that starts no list's item, or a gate that lets every token through.</summary>
    public static CueBits None => default;

    /// <summary>Whether no bit is set.</summary>
    public bool IsEmpty => (Low | High | Top) == 0;

    /// <summary>The bit of the list numbered <paramref name="index"/> (0 to <see cref="Capacity"/> - 1).</summary>
    public static CueBits Bit(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Capacity);
        return (index / 64) switch
        {
            0 => new(1UL << index, 0),
            1 => new(0, 1UL << (index - 64)),
            _ => new(0, 0, 1UL << (index - 128)),
        };
    }

    /// <summary>Whether the two share a bit: a token with these bits may start an item of a gate's lists.</summary>
    public bool Overlaps(CueBits other) => ((Low & other.Low) | (High & other.High) | (Top & other.Top)) != 0;

    public static CueBits operator |(CueBits left, CueBits right) => new(left.Low | right.Low, left.High | right.High, left.Top | right.Top);

    public static CueBits operator &(CueBits left, CueBits right) => new(left.Low & right.Low, left.High & right.High, left.Top & right.Top);
}
