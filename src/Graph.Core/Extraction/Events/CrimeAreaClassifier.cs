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
    private readonly List<(string Area, string[] Words, bool Prefix)> _cues = [];
    private readonly WordTable<List<int>> _byFirstWord;
    private readonly WordTable<List<int>> _byStemStart;
    private readonly ulong _cueGate;

    public CrimeAreaClassifier(ExtractionKnowledge knowledge)
    {
        _cueGate = knowledge.Mask([.. CrimeAreas.All.Select(KnowledgeList.CrimeArea)]);
        var byFirstWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byStemStart = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var area in CrimeAreas.All)
        {
            foreach (var cue in knowledge.List(KnowledgeList.CrimeArea(area)))
            {
                var prefix = cue.EndsWith('*');
                var words = cue.TrimEnd('*').Split(' ');
                var index = _cues.Count;
                _cues.Add((area, words, prefix));
                var key = prefix && words.Length == 1 ? words[0][..Math.Min(3, words[0].Length)] : words[0];
                var map = prefix && words.Length == 1 ? byStemStart : byFirstWord;
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add(index);
            }
        }

        _byFirstWord = new WordTable<List<int>>(byFirstWord);
        _byStemStart = new WordTable<List<int>>(byStemStart);
    }

    public string? Classify(IEnumerable<SentenceTokens> sentences)
    {
        var counts = new int[CrimeAreas.All.Count];
        foreach (var sentence in sentences)
        {
            if ((sentence.AllCues & _cueGate) == 0)
            {
                continue;
            }

            var tokens = sentence.Tokens;
            var cues = sentence.Cues;
            for (var i = 0; i < tokens.Length; i++)
            {
                if ((cues[i] & _cueGate) == 0)
                {
                    continue; // the cue bits cover stems too ("traffick*")
                }

                var word = tokens[i].In(sentence.Text);
                if (_byFirstWord.TryGetValue(word, out var exact))
                {
                    Count(sentence, i, exact, counts);
                }

                if (word.Length >= 3 && _byStemStart.TryGetValue(word[..3], out var stems))
                {
                    Count(sentence, i, stems, counts);
                }
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        return counts[best] == 0 ? null : CrimeAreas.All[best];
    }

    private void Count(SentenceTokens sentence, int i, List<int> candidates, int[] counts)
    {
        foreach (var index in candidates)
        {
            var (area, words, prefix) = _cues[index];
            if (Matches(sentence, i, words, prefix))
            {
                counts[IndexOf(area)]++;
            }
        }
    }

    private static bool Matches(SentenceTokens sentence, int i, string[] words, bool prefix)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (i + k >= sentence.Count)
            {
                return false;
            }

            var word = sentence.Word(i + k);
            var last = k == words.Length - 1;
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

    private static int IndexOf(string area)
    {
        for (var i = 0; i < CrimeAreas.All.Count; i++)
        {
            if (CrimeAreas.All[i] == area)
            {
                return i;
            }
        }

        return -1;
    }
}
