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

    // The language of each cue-vocabulary id (-1: no vote word), so a word the report's tokens already
    // identified is not hashed again: the vote's own look-ups were 2% of a CPU sample of short reports.
    private readonly int[] _languageById;
    private readonly bool _hasVoteWordsWithoutId;

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
        _languageById = new int[knowledge.Cues.Count];
        Array.Fill(_languageById, -1);
        foreach (var (word, index) in language)
        {
            var id = knowledge.Cues.IdOf(word);
            if (id >= 0)
            {
                _languageById[id] = index;
            }
            else
            {
                _hasVoteWordsWithoutId = true;
            }
        }
    }

    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>The code of the language that clearly wins the vote over the report's opening; null when none does.</summary>
    public string? Winner(string text) => Winner(text, []);

    /// <summary>
    /// As <see cref="Winner(string)"/>, reading the ids of the report's tokens where a token is the very
    /// word the vote counts (a run of letters that a token starts and ends), so that word needs no hash.
    /// </summary>
    /// <param name="text">The report.</param>
    /// <param name="sentences">Its sentences' tokens, in text order (<see cref="ReportTokens"/>).</param>
    public string? Winner(string text, IReadOnlyList<SentenceTokens> sentences)
    {
        Span<int> votes = stackalloc int[_codes.Length];
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        var (sentence, token) = (0, 0);
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

            if (i - start > _longestWord)
            {
                continue;
            }

            var index = TokenAt(sentences, start, ref sentence, ref token) is { } id && id.Length == i - start
                ? LanguageOf(id.Id, sample[start..i])
                : LanguageOf(sample[start..i]);
            if (index >= 0)
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

    private int LanguageOf(ReadOnlySpan<char> word) => _language.TryGetValue(word, out var index) ? index : -1;

    /// <summary>The language of a word with the given vocabulary id; hashed only when the id cannot settle it.</summary>
    private int LanguageOf(int id, ReadOnlySpan<char> word) =>
        id >= 0 ? _languageById[id] : _hasVoteWordsWithoutId ? LanguageOf(word) : -1;

    /// <summary>
    /// The id and length of the word token that starts at <paramref name="start"/>, or null; the cursor
    /// (a sentence and a token in it) only moves forward, as the vote reads the text in order.
    /// </summary>
    private static (int Id, int Length)? TokenAt(IReadOnlyList<SentenceTokens> sentences, int start, ref int sentence, ref int token)
    {
        for (; sentence < sentences.Count; sentence++, token = 0)
        {
            var tokens = sentences[sentence].Tokens;
            for (; token < tokens.Length; token++)
            {
                if (tokens[token].Start >= start)
                {
                    return tokens[token].Start == start && tokens[token].Kind == TokenKind.Word
                        ? (sentences[sentence].Ids[token], tokens[token].Length)
                        : null;
                }
            }
        }

        return null;
    }
}
