using System.Collections.Frozen;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// A word-level trie over gazetteer phrases, immutable once <see cref="PhraseTrieBuilder"/> has laid
/// it out: finds the longest phrase starting at a token in time proportional to the phrase length,
/// whatever the size of the gazetteer. It follows tokens by their word ids (see
/// <see cref="CueVocabulary"/>), so matching hashes no string: the vocabulary already looked each
/// word up once. Words compare case-insensitively; each entry then checks capitals itself, so
/// "turkey" is not "Turkey".
/// </summary>
internal sealed class PhraseTrie
{
    // Nodes are numbered breadth-first, the root 0. Node n's children are positions _nodes[n].FirstChild to
    // _nodes[n + 1].FirstChild of _childIds (sorted) and _childNodes; its entries are positions _nodes[n].FirstEntry
    // to _nodes[n + 1].FirstEntry of _entries and _entryWords. A node's two starts sit side by side, so a step reads one
    // cache line where two arrays cost two misses. The root, with hundreds of children, finds them by word id in
    // _rootChildren (-1: none).
    private readonly (int FirstChild, int FirstEntry)[] _nodes;
    private readonly int[] _childIds;
    private readonly int[] _childNodes;
    private readonly string[][] _entryWords;

    // The entries in an array of their own sealed type: read out of the layout's pairs, an entry had lost its type to
    // the shared generic code, and every one the matcher kept went through the runtime's checked array store (1 % of a
    // CPU sample of the English dev reports).
    private readonly GazetteerEntry[] _entries;

    // Per entry, what the capitals check reads of it, side by side: read through the entry, its words array and a
    // word's string, it took three objects' loads an entry (a perf sample put those loads at the top of Recognize).
    private readonly EntryFacts[] _facts;
    private readonly int[] _rootChildren;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _surfaces;
    private readonly WordSet _definiteArticles;

    // Whether "the" stands before a match, before it has been asked.
    private const int Unknown = -1;

    // Up to this many children are read in order; more are searched by halves.
    private const int LinearChildren = 8;

    internal PhraseTrie(Layout layout, int vocabularySize, IEnumerable<string> phrases, WordSet definiteArticles)
    {
        (_childIds, _childNodes) = (layout.ChildIds, layout.ChildNodes);
        _entries = [.. layout.Entries.Select(e => e.Entry)];
        _entryWords = [.. layout.Entries.Select(e => e.Words)];
        _nodes = [.. layout.FirstChild.Zip(layout.FirstEntry)];
        _definiteArticles = definiteArticles;
        _facts = [.. layout.Entries.Select(e => EntryFacts.Of(e.Entry, e.Words))];
        _rootChildren = new int[vocabularySize];
        Array.Fill(_rootChildren, -1);
        for (var k = layout.FirstChild[0]; k < layout.FirstChild[1]; k++)
        {
            _rootChildren[layout.ChildIds[k]] = layout.ChildNodes[k];
        }

        _surfaces = phrases.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The child of a node for a word id, or -1 (also for the id -1 of a word in no phrase).</summary>
    private int Child(int node, int id)
    {
        if (node == 0)
        {
            return (uint)id < (uint)_rootChildren.Length ? _rootChildren[id] : -1;
        }

        // A node's child ids are sorted: a word that opens many names has many children (about fifty words
        // follow "National" in the agency list), so a long list is halved rather than read through.
        var (low, high) = (_nodes[node].FirstChild, _nodes[node + 1].FirstChild);
        while (high - low > LinearChildren)
        {
            var middle = (low + high) >>> 1;
            var at = _childIds[middle];
            if (at == id)
            {
                return _childNodes[middle];
            }

            (low, high) = at < id ? (middle + 1, high) : (low, middle);
        }

        for (var k = low; k < high; k++)
        {
            if (_childIds[k] == id)
            {
                return _childNodes[k];
            }
        }

        return -1;
    }

    /// <summary>
    /// The text of a mention as a string: the gazetteer's own when the text spells a phrase exactly
    /// as listed (most mentions do), so those cost no allocation.
    /// </summary>
    public string Surface(ReadOnlySpan<char> text) =>
        _surfaces.TryGetValue(text, out var phrase) ? phrase : text.ToString();

    /// <summary>
    /// The longest phrase that starts at <paramref name="first"/> and whose capitals agree with
    /// the text; returns the number of tokens it covers (0 when none) and its entries.
    /// </summary>
    public int LongestMatch(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, int first, int limit, EntryList found)
    {
        found.Clear();

        // A long name that starts right is the name even in lower case after it ("Dutch national police");
        // so is a two-word name made definite by "the" ("the Dutch police" is the force, "Dutch police
        // officers" are people).
        // Asked only of a two-word entry that is not exact-case, the one reading it changes: most calls match
        // no such entry, and the set's look-up was paid on every call before.
        var definite = Unknown;
        var node = 0;
        var best = 0;
        for (var i = first; i < limit; i++)
        {
            node = Child(node, ids[i]);
            if (node < 0)
            {
                break;
            }

            var agreeing = false;
            for (var (e, entriesEnd) = (_nodes[node].FirstEntry, _nodes[node + 1].FirstEntry); e < entriesEnd; e++)
            {
                var facts = _facts[e];
                if (definite == Unknown && facts.WordCount == 2 && !facts.ExactCase)
                {
                    definite = first > 0 && _definiteArticles.Contains(tokens[first - 1].In(text), ids[first - 1]) ? 1 : 0;
                }

                if (facts.ExactCase ? !SpeltAsListed(text, tokens, first, _entryWords[e]) : !CapitalsAgree(text, tokens, first, facts, definite == 1))
                {
                    continue;
                }

                if (!agreeing)
                {
                    found.Clear();
                    agreeing = true;
                }

                found.Add(_entries[e]);
            }

            if (agreeing)
            {
                best = i - first + 1;
            }
        }

        return best;
    }

    /// <summary>Whether the words from <paramref name="first"/> are spelt as an exact-case entry lists them.</summary>
    private static bool SpeltAsListed(string text, ReadOnlySpan<Token> tokens, int first, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!tokens[first + k].In(text).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the text has a capital wherever an entry that ignores case has one in its first word, or in both of
    /// two words unless "the" stands before them.
    /// </summary>
    private static bool CapitalsAgree(string text, ReadOnlySpan<Token> tokens, int first, EntryFacts facts, bool definite)
    {
        var checkedWords = facts.WordCount < 2 || (facts.WordCount == 2 && !definite) ? facts.WordCount : 1;
        for (var k = 0; k < checkedWords; k++)
        {
            if ((facts.CapitalFirstLetters & (1 << k)) != 0 && !char.IsUpper(text[tokens[first + k].Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An entry's number of words, whether it is matched in exact case, and, bit k, whether its word k opens with
    /// a capital (only the first two words are asked of an entry that ignores case).
    /// </summary>
    private readonly record struct EntryFacts(int WordCount, bool ExactCase, byte CapitalFirstLetters)
    {
        public static EntryFacts Of(GazetteerEntry entry, string[] words)
        {
            var capitals = 0;
            for (var k = 0; k < Math.Min(words.Length, 2); k++)
            {
                capitals |= char.IsUpper(words[k][0]) ? 1 << k : 0;
            }

            return new(words.Length, entry.ExactCase, (byte)capitals);
        }
    }

    /// <summary>The trie's nodes in flat arrays, for locality.</summary>
    internal sealed record Layout(int[] FirstChild, int[] ChildIds, int[] ChildNodes, int[] FirstEntry, (GazetteerEntry Entry, string[] Words)[] Entries);
}
