namespace Graph.Core.Extraction.Text;

/// <summary>
/// A growable array of tokens that, unlike a list, hands out its array: the sentences of a report
/// then read their tokens straight from it, without a list's checks on every access.
/// </summary>
internal sealed class TokenBuffer
{
    private Token[] _items;

    public TokenBuffer(int capacity = 16) => _items = new Token[Math.Max(4, capacity)];

    public int Count { get; private set; }

    /// <summary>The array behind the buffer; valid until the next <see cref="Add"/> or <see cref="Clear"/>.</summary>
    public Token[] Items => _items;

    public Token this[int index] => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = token;
    }

    public void Clear() => Count = 0;

    private ulong[] _bits = new ulong[16];

    /// <summary>
    /// A cleared span of at least <paramref name="characters"/> bits, the tokenizer's working marks for the text it is
    /// reading; kept with the buffer, which one thread uses at a time.
    /// </summary>
    public Span<ulong> Bits(int characters)
    {
        var words = (characters + 63) >> 6;
        if (_bits.Length < words)
        {
            _bits = new ulong[Math.Max(words, _bits.Length * 2)];
        }

        var bits = _bits.AsSpan(0, words);
        bits.Clear();
        return bits;
    }

    public void EnsureCapacity(int capacity)
    {
        if (_items.Length < capacity)
        {
            Array.Resize(ref _items, capacity);
        }
    }

    public ReadOnlySpan<Token> AsSpan(int start, int length) => _items.AsSpan(0, Count).Slice(start, length);
}
