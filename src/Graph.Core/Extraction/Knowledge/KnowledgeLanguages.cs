namespace Graph.Core.Extraction.Knowledge;

/// <summary>
/// The languages other than English whose words <c>data/knowledge</c> holds, each in a folder of its
/// own (<c>es/roles.txt</c>) that copies the shape of the English file and adds to its lists. The
/// extractor reads every language at once: a report's language decides nothing but its dates' order and
/// the few number words that are another language's words (<c>units-es</c>: "once"), so a French quote
/// in a Spanish release, or an English agency name in either, is still read.
/// </summary>
internal static class KnowledgeLanguages
{
    /// <summary>The folders of <c>data/knowledge</c>, one per language, by ISO 639-1 code.</summary>
    public static IReadOnlyList<string> Folders { get; } = ["es", "pt", "fr"];

    /// <summary>The English file a language's copy adds to: <c>es/roles.txt</c> → <c>roles.txt</c>.</summary>
    public static string BaseFile(string file) => file[(file.LastIndexOf('/') + 1)..];

    /// <summary>The file itself and then each language's copy of it that exists.</summary>
    public static IEnumerable<string> Copies(string file)
    {
        yield return file;
        foreach (var folder in Folders)
        {
            var copy = $"{folder}/{file}";
            if (KnowledgeFile.Exists(copy))
            {
                yield return copy;
            }
        }
    }
}
