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
        _root.Freeze(vocabulary);
        _surfaces = _phrases.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _frozen = true;
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
        var node = _root;
        var best = 0;
        if (!_frozen)
        {
            throw new InvalidOperationException("The gazetteer is matched once frozen.");
        }

        for (var i = first; i < limit; i++)
        {
            if (node.Child(ids[i]) is not { } next)
            {
                break;
            }

            node = next;
            if (node.Entries is null)
            {
                continue;
            }

            var agreeing = false;
            foreach (var (entry, words) in node.Entries)
            {
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

    private sealed class Node
    {
        // Once frozen: a node with many children (the root) finds them by id in an array; the others,
        // which have one or two, keep their children's ids in a short list.
        private const int ListedChildren = 8;
        private int[] _childIds = [];
        private Node[] _children = [];
        private Node?[]? _childById;

        public Dictionary<string, Node>? Children { get; set; }

        public List<(GazetteerEntry Entry, string[] Words)>? Entries { get; set; }

        /// <summary>The child for a word id, or null (also for -1, a word in no phrase).</summary>
        public Node? Child(int id)
        {
            if (_childById is not null)
            {
                return (uint)id < (uint)_childById.Length ? _childById[id] : null;
            }

            for (var k = 0; k < _childIds.Length; k++)
            {
                if (_childIds[k] == id)
                {
                    return _children[k];
                }
            }

            return null;
        }

        public IEnumerable<string> Words() =>
            Children is null ? [] : Children.Keys.Concat(Children.Values.SelectMany(child => child.Words()));

        public void Freeze(CueVocabulary vocabulary)
        {
            if (Children is null)
            {
                return;
            }

            var byId = Children
                .Select(child => (Id: vocabulary.IdOf(child.Key), child.Key, Node: child.Value))
                .OrderBy(child => child.Id)
                .ToList();
            if (byId.Find(child => child.Id < 0) is { Key: { } missing })
            {
                throw new InvalidOperationException($"The gazetteer word '{missing}' has no id in the vocabulary.");
            }

            _childIds = [.. byId.Select(child => child.Id)];
            _children = [.. byId.Select(child => child.Node)];
            if (_children.Length > ListedChildren)
            {
                _childById = new Node?[_childIds[^1] + 1];
                for (var k = 0; k < _children.Length; k++)
                {
                    _childById[_childIds[k]] = _children[k];
                }
            }

            foreach (var child in _children)
            {
                child.Freeze(vocabulary);
            }
        }
    }
}
