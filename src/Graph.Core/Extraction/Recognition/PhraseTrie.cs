using System.Collections.Frozen;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// A word-level trie over gazetteer phrases: finds the longest phrase starting at a token in time
/// proportional to the phrase length, whatever the size of the gazetteer. Words compare
/// case-insensitively; each entry then checks capitals itself, so "turkey" is not "Turkey".
/// Once frozen, it follows tokens by their word ids (see <see cref="CueVocabulary"/>), so matching
/// hashes no string: the vocabulary already looked each word up once.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node _root = new();
    private readonly HashSet<string> _phrases = new(StringComparer.Ordinal);
    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _surfaces;
    private bool _frozen;

    private readonly HashSet<string> _uncapitalizedFirstWords = new(StringComparer.OrdinalIgnoreCase);

    // The frozen trie, in flat arrays for locality: nodes are numbered breadth-first, the root 0.
    // Node n's children are positions _firstChild[n] to _firstChild[n + 1] of _childIds (sorted)
    // and _childNodes; its entries are positions _firstEntry[n] to _firstEntry[n + 1] of _entries.
    // The root, with hundreds of children, finds them by word id in _rootChildren (-1: none).
    private int[] _firstChild = [];
    private int[] _childIds = [];
    private int[] _childNodes = [];
    private int[] _firstEntry = [];
    private (GazetteerEntry Entry, string[] Words)[] _entries = [];
    private int[] _rootChildren = [];

    /// <summary>The words any phrase starts with: a token that is none of them starts no match.</summary>
    public IReadOnlyList<string> FirstWords => _root.Children is null ? [] : [.. _root.Children.Keys];

    /// <summary>
    /// The first words of the phrases that do not start with a capital ("the Balkans"): only these can
    /// start a match at a token without one, since every match checks its first word's capital.
    /// </summary>
    public IReadOnlyList<string> UncapitalizedFirstWords => [.. _uncapitalizedFirstWords];

    /// <summary>Every word of every phrase: each needs an id in the vocabulary the trie is frozen with.</summary>
    public IEnumerable<string> Words => _root.Words();

    public void Add(string phrase, GazetteerEntry entry)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("The gazetteer is frozen; phrases are added before matching starts.");
        }

        var tokens = Tokenizer.Tokenize(phrase, 0, phrase.Length);
        if (tokens.Count == 0)
        {
            return;
        }

        _phrases.Add(phrase);
        if (!char.IsUpper(phrase[tokens[0].Start]))
        {
            _uncapitalizedFirstWords.Add(phrase.Substring(tokens[0].Start, tokens[0].Length));
        }

        var node = _root;
        foreach (var token in tokens)
        {
            var word = phrase.Substring(token.Start, token.Length);
            node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(word, out var child))
            {
                child = new Node();
                node.Children[word] = child;
            }

            node = child;
        }

        node.Entries ??= [];
        if (!node.Entries.Any(e => e.Entry == entry))
        {
            node.Entries.Add((entry, tokens.Select(t => phrase.Substring(t.Start, t.Length)).ToArray()));
        }
    }

    /// <summary>
    /// Ends building: each node's children are keyed by the ids <paramref name="vocabulary"/> gives
    /// their words, which must all be in it (see <see cref="Words"/>).
    /// </summary>
    public void Freeze(CueVocabulary vocabulary)
    {
        var order = new List<Node> { _root };
        for (var n = 0; n < order.Count; n++)
        {
            order.AddRange(order[n].Children?.Values.AsEnumerable() ?? []);
        }

        var number = new Dictionary<Node, int>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < order.Count; n++)
        {
            number[order[n]] = n;
        }

        var (firstChild, childIds, childNodes) = (new List<int>(), new List<int>(), new List<int>());
        var (firstEntry, entries) = (new List<int>(), new List<(GazetteerEntry, string[])>());
        foreach (var node in order)
        {
            firstChild.Add(childIds.Count);
            foreach (var (id, child) in IdsOfChildren(node, vocabulary).OrderBy(c => c.Id))
            {
                childIds.Add(id);
                childNodes.Add(number[child]);
            }

            firstEntry.Add(entries.Count);
            entries.AddRange(node.Entries ?? []);
        }

        firstChild.Add(childIds.Count);
        firstEntry.Add(entries.Count);
        (_firstChild, _childIds, _childNodes, _firstEntry, _entries) = ([.. firstChild], [.. childIds], [.. childNodes], [.. firstEntry], [.. entries]);

        _rootChildren = new int[vocabulary.Count];
        Array.Fill(_rootChildren, -1);
        for (var k = _firstChild[0]; k < _firstChild[1]; k++)
        {
            _rootChildren[_childIds[k]] = _childNodes[k];
        }

        _surfaces = _phrases.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _frozen = true;
    }

    private static IEnumerable<(int Id, Node Child)> IdsOfChildren(Node node, CueVocabulary vocabulary)
    {
        foreach (var (word, child) in node.Children ?? [])
        {
            var id = vocabulary.IdOf(word);
            yield return id >= 0 ? (id, child) : throw new InvalidOperationException($"The gazetteer word '{word}' has no id in the vocabulary.");
        }
    }

    /// <summary>The child of a frozen node for a word id, or -1 (also for the id -1 of a word in no phrase).</summary>
    private int Child(int node, int id)
    {
        if (node == 0)
        {
            return (uint)id < (uint)_rootChildren.Length ? _rootChildren[id] : -1;
        }

        for (var k = _firstChild[node]; k < _firstChild[node + 1]; k++)
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
        _frozen && _surfaces.TryGetValue(text, out var phrase) ? phrase : text.ToString();

    /// <summary>
    /// The longest phrase that starts at <paramref name="first"/> and whose capitals agree with
    /// the text; returns the number of tokens it covers (0 when none) and its entries.
    /// </summary>
    public int LongestMatch(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, int first, int limit, List<GazetteerEntry> found)
    {
        found.Clear();
        if (!_frozen)
        {
            throw new InvalidOperationException("The gazetteer is matched once frozen.");
        }

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
            for (var e = _firstEntry[node]; e < _firstEntry[node + 1]; e++)
            {
                var (entry, words) = _entries[e];
                if (!CapitalsAgree(text, tokens, first, words, entry.ExactCase))
                {
                    continue;
                }

                if (!agreeing)
                {
                    found.Clear();
                    agreeing = true;
                }

                found.Add(entry);
            }

            if (agreeing)
            {
                best = i - first + 1;
            }
        }

        return best;
    }

    private static bool CapitalsAgree(string text, ReadOnlySpan<Token> tokens, int first, string[] words, bool exactCase)
    {
        // A long name that starts right is the name even in lower case after it ("Dutch national police");
        // so is a two-word name made definite by "the" ("the Dutch police" is the force, "Dutch police
        // officers" are people).
        var definite = first > 0 && tokens[first - 1].In(text).Equals("the", StringComparison.OrdinalIgnoreCase);
        var checkedWords = exactCase || words.Length < 2 || (words.Length == 2 && !definite) ? words.Length : 1;
        for (var k = 0; k < checkedWords; k++)
        {
            var actual = tokens[first + k].In(text);
            if (exactCase ? !actual.SequenceEqual(words[k]) : char.IsUpper(words[k][0]) && !char.IsUpper(actual[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A node while the trie is built; freezing lays the nodes out in arrays.</summary>
    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<(GazetteerEntry Entry, string[] Words)>? Entries { get; set; }

        public IEnumerable<string> Words() =>
            Children is null ? [] : Children.Keys.Concat(Children.Values.SelectMany(child => child.Words()));
    }
}
