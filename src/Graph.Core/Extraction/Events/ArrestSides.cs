using Graph.Core.Extraction.Recognition;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// The bodies and countries named in each sentence a <see cref="FigureReader"/> reads, with the country each belongs to: what
/// tells one side's arrests from another's (see <c>FigureReader.AnotherSideArrests</c>). Empty when the caller has none.
/// </summary>
/// <param name="mentions">The mentions of each sentence read, in the same order as the sentences.</param>
/// <param name="countryOf">The country of a mention: a country's own id, an agency's country, or null (an international body).</param>
internal readonly ref struct ArrestSides(ReadOnlySpan<List<Mention>> mentions, Func<Mention, string?> countryOf)
{
    private readonly ReadOnlySpan<List<Mention>> _mentions = mentions;

    /// <summary>How many sentences have their mentions here.</summary>
    public int Count => _mentions.Length;

    /// <summary>The mentions of sentence <paramref name="s"/>.</summary>
    public List<Mention> Of(int s) => _mentions[s];

    /// <summary>The country of <paramref name="mention"/>, or null.</summary>
    public string? CountryOf(Mention mention) => countryOf(mention);

    /// <summary>Whether sentence <paramref name="s"/> names <paramref name="country"/> in any role (a place, a nationality, a body).</summary>
    public bool Names(string country, int s)
    {
        foreach (var mention in _mentions[s])
        {
            if (country.Equals(countryOf(mention), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
