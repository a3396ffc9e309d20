using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// A read-only, case-insensitive (ordinal) table from words to values, built for the extractor's
/// hottest look-up: every word of every report. The hash folds case in one pass over the word's
/// characters; the full comparison runs only when the stored hash agrees. Measured about 25% faster
/// than a frozen dictionary on report words. A slot holds the word's hash, length and place in one
/// array of letters, so a hit reads one slot and then the letters, and a miss reads slots only.
/// </summary>
/// <typeparam name="TValue">What a word maps to.</typeparam>
internal sealed class WordTable<TValue>
{
    private readonly Slot[] _slots;
    private readonly TValue[] _values;
    private readonly char[] _letters;
    private readonly int _mask;

    // A bit per value of the hash's high bits, set for the words of the table (at least four bits per
    // word): a word whose bit is clear is not in the table, and is answered without reading a slot.
    // The cue vocabulary (7,227 words in session 13) has 16,384 slots, 256 KB, half a core's
    // second-level cache on this machine; its bits fill 4 KB.
    private readonly ulong[] _present;
    private readonly int _presentShift;

    /// <param name="items">Words and their values; no two words may be equal ignoring case.</param>
    public WordTable(IEnumerable<KeyValuePair<string, TValue>> items)
    {
        var words = items.ToList();
        _letters = [.. words.SelectMany(item => item.Key)];
        _values = [.. words.Select(item => item.Value)];

        // At most half full: four 16-byte slots share a cache line, so the run of slots a word that is
        // absent reads before it meets an empty one stays within a line or two (session 11: a slot of 8
        // bytes at a quarter full took the same memory and sent every hit to an entry array first).
        var size = 16;
        while (size < words.Count * 2)
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        var presentBits = 64;
        while (presentBits < words.Count * 4)
        {
            presentBits *= 2;
        }

        _present = new ulong[presentBits / 64];
        _presentShift = 32 - System.Numerics.BitOperations.Log2((uint)presentBits);
        for (int e = 0, start = 0; e < words.Count; start += words[e].Key.Length, e++)
        {
            var word = _letters.AsSpan(start, words[e].Key.Length);
            if (TryFind(word, out _))
            {
                throw new ArgumentException($"'{word}' is listed twice (case is ignored).", nameof(items));
            }

            var hash = Hash(word);
            var slot = (int)hash & _mask;
            while (_slots[slot].Entry != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(hash, e + 1, start, word.Length);
            var present = hash >> _presentShift;
            _present[present >> 6] |= 1UL << (int)present;
        }
    }

    public int Count => _values.Length;

    /// <summary>The position of a word among the entries (0 to <see cref="Count"/> - 1), or -1: a dense id for the word.</summary>
    public int IndexOf(ReadOnlySpan<char> word) => TryFind(word, out var entry) ? entry : -1;

    /// <summary>The value of the entry at <paramref name="index"/> (see <see cref="IndexOf"/>).</summary>
    public TValue ValueAt(int index) => _values[index];

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (TryFind(word, out var entry))
        {
            value = _values[entry];
            return true;
        }

        value = default!;
        return false;
    }

    // Every token of every report comes here (the cue vocabulary), so the slot is read once by
    // reference, the length is compared before the letters are touched, and the comparison is inlined:
    // the separate calls and repeated bounds checks showed in a CPU profile.
    private bool TryFind(ReadOnlySpan<char> word, out int entry)
    {
        var hash = Hash(word);
        var present = hash >> _presentShift;
        if ((_present[present >> 6] & (1UL << (int)present)) == 0)
        {
            entry = -1;
            return false;
        }

        var slots = _slots;
        for (var slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            ref readonly var found = ref slots[slot];
            if (found.Entry == 0)
            {
                break;
            }

            if (found.Hash == hash && found.Length == word.Length && EqualsIgnoringCase(word, _letters.AsSpan(found.Start, found.Length)))
            {
                entry = found.Entry - 1;
                return true;
            }
        }

        entry = -1;
        return false;
    }

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> equality. Four characters are compared at once
    /// while they are equal as they stand (most report words are spelt as listed), and a block that
    /// differs is compared a character at a time, ASCII inline: a letter's two cases differ only in bit 0x20.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsIgnoringCase(ReadOnlySpan<char> word, ReadOnlySpan<char> key)
    {
        if (word.Length != key.Length)
        {
            return false;
        }

        ref var a = ref MemoryMarshal.GetReference(word);
        ref var b = ref MemoryMarshal.GetReference(key);
        var i = 0;
        for (; i + BlockChars <= word.Length; i += BlockChars)
        {
            if (Block(ref a, i) != Block(ref b, i) && !CharsEqualIgnoringCase(word.Slice(i, BlockChars), key.Slice(i, BlockChars)))
            {
                return false;
            }
        }

        return CharsEqualIgnoringCase(word[i..], key[i..]);
    }

    private static bool CharsEqualIgnoringCase(ReadOnlySpan<char> word, ReadOnlySpan<char> key)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var (a, b) = (word[i], key[i]);
            if (a == b)
            {
                continue;
            }

            if ((a | b) >= 128)
            {
                return word.Equals(key, StringComparison.OrdinalIgnoreCase);
            }

            var folded = a | 0x20;
            if (folded != (b | 0x20) || (uint)(folded - 'a') > 'z' - 'a')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Equal for words equal ignoring case: ASCII characters fold to lower case (bit 0x20 set); any
    /// other character counts as one constant (no character outside ASCII equals an ASCII one ignoring
    /// case). Every character counts (a hash of the length and three letters left the cue vocabulary's
    /// words in long runs of neighbouring slots, session 7), four at a time: one multiply per block
    /// instead of one per character, as every token of every report is hashed here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        ref var start = ref MemoryMarshal.GetReference(word);
        var hash = (ulong)word.Length * Mix;
        var i = 0;
        for (; i + BlockChars <= word.Length; i += BlockChars)
        {
            hash = (hash ^ Fold(Block(ref start, i))) * Mix;
        }

        var tail = 0UL;
        for (; i < word.Length; i++)
        {
            tail = (tail << 16) | Fold(word[i]);
        }

        // The low bits pick the slot, and a product's low bits see only its factors' low bits: fold the high half down.
        hash = (hash ^ tail) * Mix;
        return (uint)(hash >> 32) ^ (uint)hash;
    }

    private const int BlockChars = sizeof(ulong) / sizeof(char);
    private const ulong Mix = 0x9E3779B97F4A7C15UL;
    private const ulong AsciiBlock = 0xFF80_FF80_FF80_FF80UL;
    private const ulong LowerCaseBits = 0x0020_0020_0020_0020UL;

    /// <summary>Four characters from <paramref name="index"/> read as one number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Block(ref char start, int index) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref start, index)));

    /// <summary>Each of a block's four characters folded as <see cref="Fold(char)"/> folds it alone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fold(ulong block)
    {
        if ((block & AsciiBlock) == 0)
        {
            return block | LowerCaseBits;
        }

        var folded = 0UL;
        for (var lane = 0; lane < 64; lane += 16)
        {
            folded |= (ulong)Fold((char)(block >> lane)) << lane;
        }

        return folded;
    }

    private static uint Fold(char c) => c < 128 ? (uint)(c | 0x20) : 0x80u;

    /// <summary>
    /// A slot of the open-addressed index: the word's hash, its entry's position plus one (0: empty),
    /// and where its letters start in the letters array and how many there are.
    /// </summary>
    private readonly record struct Slot(uint Hash, int Entry, int Start, int Length);
}
