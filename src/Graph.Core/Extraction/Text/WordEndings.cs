namespace Graph.Core.Extraction.Text;

/// <summary>Endings of a word read from a knowledge list (participles' "-ado", "-ée", "-ed"; adverbs' "-mente", "-ly").</summary>
internal static class WordEndings
{
    /// <summary>Whether the word ends with one of the endings (compared as written: the lists hold lower-case endings).</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
