using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction;

/// <summary>
/// The cheap first guess at a report's language: each word of its opening that is on one language's
/// vote list (<c>language-vote-xx</c> in <c>language.txt</c> and its copies) is a vote for that
/// language. A clear winner is the answer; a close or empty vote is left to the costly detector.
/// </summary>
internal sealed class LanguageVote
{
    /// <summary>How much of a report is counted: a paragraph or two, so the cost does not grow with the report.</summary>
    private const int SampleLength = 1000;

    /// <summary>The fewest votes a winner needs.</summary>
    private const int MinimumVotes = 3;

    /// <summary>How many times the runner-up's votes a winner needs.</summary>
    private const int Margin = 2;

    private readonly string[] _codes;

    // A longer word is on no list, so it is not looked up.
    private readonly int _longestWord;

    // The extractor's own word table: every word of every report's opening is looked up here, and a
    // dictionary's case-insensitive hash reads every letter of the word.
    private readonly WordTable<int> _language;

    /// <summary>The vote lists of <paramref name="codes"/>, one per language, from the knowledge.</summary>
    public LanguageVote(ExtractionKnowledge knowledge, IReadOnlyList<string> codes)
    {
        _codes = [.. codes];
        var language = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < _codes.Length; index++)
        {
            foreach (var word in knowledge.List(KnowledgeList.LanguageVote(_codes[index])))
            {
                if (!language.TryAdd(word, index) && language[word] != index)
                {
                    throw new InvalidDataException($"data/knowledge: '{word}' is on the vote lists of two languages; a vote word must name one.");
                }
            }
        }

        _language = new WordTable<int>(language);
        _longestWord = language.Count == 0 ? 0 : language.Keys.Max(word => word.Length);
    }

    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>The code of the language that clearly wins the vote over the report's opening; null when none does.</summary>
    public string? Winner(string text)
    {
        Span<int> votes = stackalloc int[_codes.Length];
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        for (var i = 0; i < sample.Length;)
        {
            if (!IsLetter(sample[i]))
            {
                i++;
                continue;
            }

            // A word is a run of letters. Read with a plain loop: words are a few letters long, and a
            // vectorised search set up for each word cost more than it saved (a CPU profile put it near 2%).
            var start = i++;
            while (i < sample.Length && IsLetter(sample[i]))
            {
                i++;
            }

            if (i - start <= _longestWord && _language.TryGetValue(sample[start..i], out var index))
            {
                votes[index]++;
            }
        }

        var (first, second, leader) = (0, 0, -1);
        for (var index = 0; index < votes.Length; index++)
        {
            if (votes[index] > first)
            {
                (second, first, leader) = (first, votes[index], index);
            }
            else if (votes[index] > second)
            {
                second = votes[index];
            }
        }

        return first >= MinimumVotes && first >= Margin * second ? _codes[leader] : null;
    }
}
