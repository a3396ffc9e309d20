namespace Graph.Core.Extraction.Text;

/// <summary>A set of single words looked up by span, case-insensitively, without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words, StringComparer? comparer = null)
    {
        _words = new HashSet<string>(words, comparer ?? StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
