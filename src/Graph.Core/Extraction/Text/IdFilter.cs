using System.Runtime.CompilerServices;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// Answers "is this token one of these words?" from the token's vocabulary id (see
/// <see cref="CueVocabulary"/>) where the id settles it. The vocabulary is case-insensitive and
/// holds each word once, so two words equal ignoring case have the same id: a token whose id no word
/// of the set has is none of them, and a token with no id can only be a set word that has none either.
/// A filter is a bit per id: the sets' filters together then fit the processor's caches (a bool per id took
/// eight times the memory, a vocabulary's size for each of the two hundred or so sets).
/// </summary>
internal static class IdFilter
{
    /// <summary>Marks the ids of <paramref name="words"/>; tells whether some word has no id.</summary>
    public static (ulong[] ById, bool HasWordsWithoutId) Of(CueVocabulary vocabulary, IEnumerable<string> words)
    {
        var byId = new ulong[(vocabulary.Count + 63) / 64];
        var withoutId = false;
        foreach (var word in words)
        {
            var id = vocabulary.IdOf(word);
            if (id >= 0)
            {
                byId[id >> 6] |= 1UL << id;
            }
            else
            {
                withoutId = true;
            }
        }

        return (byId, withoutId);
    }

    /// <summary>Whether the token's id shows that its word is none of the set's (false when no filter was built).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Excludes(ulong[]? byId, bool hasWordsWithoutId, int id) =>
        byId is not null && (id >= 0 ? !Has(byId, id) : !hasWordsWithoutId);

    /// <summary>Whether the token's id shows that its word equals one of the set's ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Includes(ulong[]? byId, int id) => byId is not null && id >= 0 && Has(byId, id);

    // The shift takes the id's low six bits alone, so one read answers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Has(ulong[] byId, int id) => (byId[id >> 6] & (1UL << id)) != 0;
}
