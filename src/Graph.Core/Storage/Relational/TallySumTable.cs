namespace Graph.Core.Storage.Relational;

/// <summary>
/// Running sums of tally rows found by an integer key (a node's id, or a pair's <see cref="PairKey"/>), kept in one
/// array of structs in the order each key was first added: no object a node or pair and no tuple hashed a row, where
/// a date range at a million reports sums 3.5 million rows into 1.8 million pairs. Each sum adds its rows as
/// <see cref="Network.Aggregates.TallyMerge"/> does: counts added, Newman's share added to a sum that starts at zero in
/// the order the rows come, and the earliest first date kept (the smaller key between equal dates).
/// </summary>
/// <remarks>
/// A key is found through an open-addressed table of positions (linear probing, at most half full): one look in the
/// table and one in the sums a row, where a dictionary's buckets, entries and the sums cost three random reads of memory
/// (the rows' pairs are spread over 80 MB of sums; finding them was most of the summing's time).
/// </remarks>
internal sealed class TallySumTable
{
    // 2^64 divided by the golden ratio, made odd (as PairKey's comparer): the high bits of the product depend on every bit of the key.
    private const ulong Multiplier = 0x9E3779B97F4A7C15;
    private Sum[] _sums = new Sum[1024];

    // Each slot holds a position in _sums plus one; zero is an empty slot.
    private int[] _slots = new int[2048];
    private int _shift = 64 - 11;

    /// <summary>How many keys have been added.</summary>
    public int Count { get; private set; }

    /// <summary>The sum at <paramref name="position"/>, in the order the keys were first added.</summary>
    public ref readonly Sum this[int position] => ref _sums[position];

    /// <summary>Adds one row to its key's sum.</summary>
    public void Add(long key, int reports, int events, int led, double newman, int firstDate, long firstKey, int sources)
    {
        var mask = _slots.Length - 1;
        var slot = Slot(key);
        while (_slots[slot] != 0)
        {
            ref var sum = ref _sums[_slots[slot] - 1];
            if (sum.Key == key)
            {
                var earlier = firstDate < sum.FirstDate || (firstDate == sum.FirstDate && firstKey < sum.FirstKey);
                sum = new Sum(key, sum.Reports + reports, sum.Events + events, sum.Led + led, sum.Newman + newman,
                    earlier ? firstDate : sum.FirstDate, earlier ? firstKey : sum.FirstKey, sum.Sources + sources);
                return;
            }

            slot = (slot + 1) & mask;
        }

        if (Count == _sums.Length)
        {
            Array.Resize(ref _sums, _sums.Length * 2);
        }

        // Newman's share starts at zero, as a merged sum does: 0.0 + a share is that share, save for a negative zero.
        _sums[Count] = new Sum(key, reports, events, led, 0.0 + newman, firstDate, firstKey, sources);
        _slots[slot] = ++Count;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }
    }

    private int Slot(long key) => (int)(unchecked((ulong)key * Multiplier) >> _shift);

    // Twice the slots, every key placed again.
    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        for (var position = 0; position < Count; position++)
        {
            var slot = Slot(_sums[position].Key);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = position + 1;
        }
    }

    /// <summary>One key's sums; dates are stored day numbers (<see cref="TallyCodes.Date"/>).</summary>
    internal readonly record struct Sum(long Key, int Reports, int Events, int Led, double Newman, int FirstDate, long FirstKey, int Sources);
}
