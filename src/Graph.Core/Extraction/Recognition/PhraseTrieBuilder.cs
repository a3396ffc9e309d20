using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// Collects gazetteer phrases into a word-level trie of dictionaries, then lays it out once as an
/// immutable <see cref="PhraseTrie"/> keyed by word ids. Building and matching are two types, so a
/// trie can neither be matched half-built nor changed while matched.
/// </summary>
internal sealed class PhraseTrieBuilder(Tokenizer tokenizer)
{
    private readonly Node _root = new();
    private readonly HashSet<string> _phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _uncapitalizedFirstWords = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words any phrase starts with: a token that is none of them starts no match.</summary>
    public IReadOnlyList<string> FirstWords => _root.Children is null ? [] : [.. _root.Children.Keys];

    /// <summary>
    /// The first words of the phrases that do not start with a capital ("the Balkans"): only these can
    /// start a match at a token without one, since every match checks its first word's capital.
    /// </summary>
    public IReadOnlyList<string> UncapitalizedFirstWords => [.. _uncapitalizedFirstWords];

    /// <summary>Every word of every phrase: each needs an id in the vocabulary the trie is built with.</summary>
    public IEnumerable<string> Words => _root.Words();

    /// <summary>Adds a phrase, split into words as reports are, standing for <paramref name="entry"/>.</summary>
    public void Add(string phrase, GazetteerEntry entry)
    {
        var tokens = tokenizer.Tokenize(phrase, 0, phrase.Length);
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
    /// The trie in flat arrays, nodes numbered breadth-first (the root 0), each node's children keyed
    /// by the ids <paramref name="vocabulary"/> gives their words, which must all be in it (see <see cref="Words"/>).
    /// </summary>
    /// <param name="vocabulary">The word ids tokens carry.</param>
    /// <param name="definiteArticles">The words ("the") that make a two-word name definite; see <see cref="PhraseTrie"/>.</param>
    public PhraseTrie Build(CueVocabulary vocabulary, WordSet definiteArticles)
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
        return new PhraseTrie(
            new PhraseTrie.Layout([.. firstChild], [.. childIds], [.. childNodes], [.. firstEntry], [.. entries]),
            vocabulary.Count,
            _phrases,
            definiteArticles);
    }

    private static IEnumerable<(int Id, Node Child)> IdsOfChildren(Node node, CueVocabulary vocabulary)
    {
        foreach (var (word, child) in node.Children ?? [])
        {
            var id = vocabulary.IdOf(word);
            yield return id >= 0 ? (id, child) : throw new InvalidOperationException($"The gazetteer word '{word}' has no id in the vocabulary.");
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<(GazetteerEntry Entry, string[] Words)>? Entries { get; set; }

        public IEnumerable<string> Words() =>
            Children is null ? [] : Children.Keys.Concat(Children.Values.SelectMany(child => child.Words()));
    }
}
