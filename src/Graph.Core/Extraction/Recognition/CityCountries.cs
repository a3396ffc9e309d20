using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// The country of a city named in a body's name or just after it ("Vilnius Regional Court", "the Public
/// Prosecutor's Office in Vienna"), from <c>cities.txt</c> and each language's copy; and of a state or
/// province named in one ("Kerala Police", "Kent Police"), from <c>states.txt</c>.
/// </summary>
internal sealed class CityCountries
{
    private const string File = "cities.txt";
    private const string StatesFile = "states.txt";

    // Cities by their first word: the city's words and its country's alpha-2 code.
    private readonly Dictionary<string, List<(string[] Words, string Code)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, string Code)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Cities, states and provinces.</summary>
    public CityCountries(ExtractionKnowledge knowledge)
        : this(knowledge, KnowledgeLanguages.Copies(File).Append(StatesFile))
    {
    }

    private CityCountries(ExtractionKnowledge knowledge, IEnumerable<string> files)
    {
        foreach (var copy in files.Where(KnowledgeFile.Exists))
        {
            foreach (var cells in KnowledgeFile.Rows(copy, '|'))
            {
                foreach (var city in KnowledgeFile.List(cells[1]))
                {
                    var words = knowledge.Tokenizer.Tokenize(city, 0, city.Length).Select(t => t.In(city).ToString()).ToArray();
                    if (!_byFirstWord.TryGetValue(words[0], out var sharing))
                    {
                        _byFirstWord[words[0]] = sharing = [];
                    }

                    sharing.Add((words, cells[0]));
                }
            }
        }

        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// States and provinces only: the places <c>states.txt</c> keeps because their police forces, prosecutors and
    /// courts are bodies of their own ("Jalisco", "Goiás"), unlike a city's police, which may be a unit of a national force.
    /// </summary>
    public static CityCountries StatesOnly(ExtractionKnowledge knowledge) => new(knowledge, [StatesFile]);

    /// <summary>The alpha-2 code of the city whose name starts at <paramref name="index"/>, and its length in tokens; null when none does.</summary>
    public string? CountryAt(SentenceTokens sentence, int index, out int length)
    {
        length = 0;
        if (index < 0 || index >= sentence.Count || !_lookup.TryGetValue(sentence.Word(index), out var cities))
        {
            return null;
        }

        foreach (var (words, code) in cities)
        {
            if (Matches(sentence, index, words))
            {
                length = words.Length;
                return code;
            }
        }

        return null;
    }

    private static bool Matches(SentenceTokens sentence, int index, string[] words)
    {
        if (index + words.Length > sentence.Count)
        {
            return false;
        }

        for (var w = 1; w < words.Length; w++)
        {
            if (!sentence.Word(index + w).SequenceEqual(words[w]))
            {
                return false;
            }
        }

        return true;
    }
}
