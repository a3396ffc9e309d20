using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Files a report under the crime area whose cue words (data/knowledge/crime-areas.txt) it uses
/// most; ties go to the area listed first. No cue at all gives no area.
/// </summary>
internal sealed class CrimeAreaClassifier
{
    // The area as its place in CrimeAreas.All. The cues and the lists of them by first word are arrays, read straight:
    // through lists each cue word waited on one more object (the classifier is asked about every cue word of a report).
    private readonly (int Area, string[] Words, int[] Ids, bool Prefix)[] _cues;
    private readonly WordTable<int[]> _byFirstWord;
    private readonly WordTable<int[]> _byStemStart;
    private readonly CueBits _cueGate;

    // The cues by their first word's vocabulary id: a token's id is read instead of its word hashed again.
    private readonly int[]?[] _byFirstWordId;
    private readonly bool _hasFirstWordsWithoutId;

    public CrimeAreaClassifier(ExtractionKnowledge knowledge)
    {
        _cueGate = knowledge.Mask([.. CrimeAreas.All.Select(KnowledgeList.CrimeArea)]);
        var byFirstWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byStemStart = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var cues = new List<(int Area, string[] Words, int[] Ids, bool Prefix)>();
        for (var area = 0; area < CrimeAreas.All.Count; area++)
        {
            foreach (var cue in knowledge.List(KnowledgeList.CrimeArea(CrimeAreas.All[area])))
            {
                var prefix = cue.EndsWith('*');
                var words = cue.TrimEnd('*').Split(' ');
                var index = cues.Count;
                cues.Add((area, words, [.. words.Select(word => knowledge.Cues.IdOf(word))], prefix));
                var key = prefix && words.Length == 1 ? words[0][..Math.Min(3, words[0].Length)] : words[0];
                var map = prefix && words.Length == 1 ? byStemStart : byFirstWord;
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add(index);
            }
        }

        _cues = [.. cues];
        _byFirstWord = new WordTable<int[]>(byFirstWord.Select(w => KeyValuePair.Create(w.Key, w.Value.ToArray())));
        _byFirstWordId = new int[]?[knowledge.Cues.Count];
        foreach (var (word, indexes) in byFirstWord)
        {
            var id = knowledge.Cues.IdOf(word);
            if (id >= 0)
            {
                _byFirstWordId[id] = [.. indexes];
            }
            else
            {
                _hasFirstWordsWithoutId = true;
            }
        }
        _byStemStart = new WordTable<int[]>(byStemStart.Select(s => KeyValuePair.Create(s.Key, s.Value.ToArray())));
    }

    public string? Classify(ReadOnlySpan<SentenceTokens> sentences)
    {
        var counts = new int[CrimeAreas.All.Count];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (!sentence.AllCues.Overlaps(_cueGate))
            {
                continue;
            }

            var tokens = sentence.Tokens;
            var cues = sentence.Cues;
            var ids = sentence.Ids;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!cues[i].Overlaps(_cueGate))
                {
                    continue; // the cue bits cover stems too ("traffick*")
                }

                var word = tokens[i].In(sentence.Text);
                if (FirstWordCues(word, ids[i]) is { } exact)
                {
                    Count(sentence, i, exact, counts);
                }

                if (word.Length >= 3 && _byStemStart.TryGetValue(word[..3], out var stems))
                {
                    Count(sentence, i, stems, counts);
                }
            }
        }

        var best = 0; // the first area with the most cues
        for (var c = 1; c < counts.Length; c++)
        {
            if (counts[c] > counts[best])
            {
                best = c;
            }
        }

        return counts[best] == 0 ? null : CrimeAreas.All[best];
    }

    /// <summary>The cues whose first word the token is, found by its vocabulary id where it has one.</summary>
    private int[]? FirstWordCues(ReadOnlySpan<char> word, int id) =>
        id >= 0 ? _byFirstWordId[id] : _hasFirstWordsWithoutId && _byFirstWord.TryGetValue(word, out var cues) ? cues : null;

    private void Count(SentenceTokens sentence, int i, int[] candidates, int[] counts)
    {
        foreach (var index in candidates)
        {
            ref readonly var cue = ref _cues[index];
            if (Matches(sentence, i, cue.Words, cue.Ids, cue.Prefix))
            {
                counts[cue.Area]++;
            }
        }
    }

    /// <summary>
    /// Whether the cue's words stand from token <paramref name="i"/> on. A whole word with a vocabulary id is
    /// compared by id (the vocabulary holds one id per word ignoring case, so equal ids are equal words and a
    /// token with another id or none is another word); a stem, or a word without an id, by its letters.
    /// </summary>
    private static bool Matches(SentenceTokens sentence, int i, string[] words, int[] ids, bool prefix)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (i + k >= sentence.Count)
            {
                return false;
            }

            var last = k == words.Length - 1;
            if (!(last && prefix) && ids[k] >= 0)
            {
                if (sentence.IdAt(i + k) != ids[k])
                {
                    return false;
                }

                continue;
            }

            var word = sentence.Word(i + k);
            var ok = last && prefix
                ? word.StartsWith(words[k], StringComparison.OrdinalIgnoreCase)
                : word.Equals(words[k], StringComparison.OrdinalIgnoreCase);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
