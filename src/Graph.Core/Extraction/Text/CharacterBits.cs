using System.Numerics;
using System.Runtime.CompilerServices;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// Marks of a text, a bit per character (bit <c>i % 64</c> of number <c>i / 64</c>), searched a block of 64 at a
/// time: the tokenizer marks the ASCII letters and digits of a sentence and finds where a run of them ends without a
/// loop per character. (The language vote, which searched its marks here too, now reads a block's runs at once.)
/// </summary>
internal static class CharacterBits
{
    /// <summary>The first position from <paramref name="from"/> whose bit is set (or clear), or <paramref name="length"/> when none before it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Next(ReadOnlySpan<ulong> bits, int from, int length, bool set)
    {
        if (from >= length)
        {
            return length;
        }

        var block = from >> 6;
        var word = (set ? bits[block] : ~bits[block]) & (ulong.MaxValue << from);
        while (word == 0)
        {
            if (++block << 6 >= length)
            {
                return length;
            }

            word = set ? bits[block] : ~bits[block];
        }

        return Math.Min((block << 6) + BitOperations.TrailingZeroCount(word), length);
    }
}
