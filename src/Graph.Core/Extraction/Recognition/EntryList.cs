namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// The gazetteer entries of the phrase the trie matched last, in a buffer kept by the thread. A list of a sealed
/// type's own array: a <c>List&lt;GazetteerEntry&gt;</c> stores through the shared generic code's checked array store
/// and clears its array on every call, the recogniser's one call into the runtime per capitalised word.
/// </summary>
internal sealed class EntryList
{
    private GazetteerEntry[] _items = new GazetteerEntry[8];

    public int Count { get; private set; }

    /// <summary>The entries added since the last <see cref="Clear"/>, in the order added.</summary>
    public ReadOnlySpan<GazetteerEntry> Items => new(_items, 0, Count);

    /// <summary>Empties the list; the entries stay referenced until overwritten (they live as long as the knowledge).</summary>
    public void Clear() => Count = 0;

    public void Add(GazetteerEntry entry)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
        }

        _items[Count++] = entry;
    }
}
