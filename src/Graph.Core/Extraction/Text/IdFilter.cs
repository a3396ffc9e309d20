using System.Runtime.CompilerServices;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// Answers "is this token one of these words?" from the token's vocabulary id (see
/// <see cref="CueVocabulary"/>) where the id settles it. The vocabulary is case-insensitive and
/// holds each word once, so two words equal ignoring case have the same id: a token whose id no word
/// of the set has is none of them, and a token with no id can only be a set word that has none either.
/// </summary>
internal static class IdFilter
{
    /// <summary>Marks the ids of <paramref name="words"/>; tells whether some word has no id.</summary>
    public static (bool[] ById, bool HasWordsWithoutId) Of(CueVocabulary vocabulary, IEnumerable<string> words)
    {
        var byId = new bool[vocabulary.Count];
        var withoutId = false;
        foreach (var word in words)
        {
            var id = vocabulary.IdOf(word);
            if (id >= 0)
            {
                byId[id] = true;
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
    public static bool Excludes(bool[]? byId, bool hasWordsWithoutId, int id) =>
        byId is not null && (id >= 0 ? !byId[id] : !hasWordsWithoutId);

    /// <summary>Whether the token's id shows that its word equals one of the set's ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Includes(bool[]? byId, int id) => byId is not null && id >= 0 && byId[id];
}
