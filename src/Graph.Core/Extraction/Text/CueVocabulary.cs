namespace Graph.Core.Extraction.Text;

/// <summary>
/// Every named word list of the knowledge files in one case-insensitive table from word to a bit
/// per list, so one lookup per token tells every recognizer which of its lists the token starts.
/// The recognizers then look only at the few tokens that carry their bit.
/// </summary>
internal sealed class CueVocabulary
{
    private readonly WordTable<ulong> _lookup;
    private readonly Dictionary<string, ulong> _listBits = new(StringComparer.Ordinal);

    /// <param name="lists">Named lists; an item's first word is what a token is compared with.</param>
    public CueVocabulary(IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        if (lists.Count > 64)
        {
            throw new InvalidOperationException($"{lists.Count} word lists; the cue table holds 64.");
        }

        var bits = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        var next = 0;
        foreach (var (name, items) in lists.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var bit = 1UL << next++;
            _listBits[name] = bit;
            foreach (var item in items)
            {
                var first = item.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                if (first is not null)
                {
                    bits[first] = bits.GetValueOrDefault(first) | bit;
                }
            }
        }

        // Every word of every report is looked up here, so the table is the extractor's own.
        _lookup = new WordTable<ulong>(bits);
    }

    /// <summary>The bits of the named lists together.</summary>
    public ulong Mask(params string[] listNames) =>
        listNames.Aggregate(0UL, (mask, name) => mask | (_listBits.TryGetValue(name, out var bit) ? bit : 0));

    /// <summary>For each token, the bits of the lists whose items start with it, written to <paramref name="cues"/>.</summary>
    public void Classify(string text, ReadOnlySpan<Token> tokens, Span<ulong> cues)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            cues[i] = tokens[i].Kind == TokenKind.Word && _lookup.TryGetValue(tokens[i].In(text), out var bits) ? bits : 0;
        }
    }
}
