using System.Globalization;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>Reads a stated quantity at a token: "1,006", "twenty", "twenty-five", "3.5 million", "a dozen".</summary>
internal sealed class NumberReader
{
    private readonly Dictionary<string, long> _units;
    private readonly Dictionary<string, long> _scales;

    public NumberReader(ExtractionKnowledge knowledge)
    {
        _units = Pairs(knowledge.List("units"));
        _scales = Pairs(knowledge.List("scales"));
    }

    /// <summary>The value at <paramref name="index"/> and how many tokens it spans, or null.</summary>
    public (long Value, int Tokens)? Read(SentenceTokens sentence, int index)
    {
        var tokens = sentence.Tokens;
        long value;
        var used = 1;
        if (tokens[index].Kind == TokenKind.Number)
        {
            var digits = sentence.Word(index).ToString().Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || d > long.MaxValue / 1_000_000)
            {
                return null;
            }

            value = (long)d;
        }
        else if (!TryWords(sentence, index, out value, out used))
        {
            return null;
        }

        if (index + used < tokens.Count && _scales.TryGetValue(sentence.Word(index + used).ToString(), out var scale))
        {
            value *= scale;
            used++;
        }

        return (value, used);
    }

    private bool TryWords(SentenceTokens sentence, int index, out long value, out int used)
    {
        value = 0;
        used = 0;
        var word = sentence.Word(index).ToString().ToLowerInvariant();
        if (index + 1 < sentence.Tokens.Count && _units.TryGetValue(word + " " + sentence.Word(index + 1).ToString().ToLowerInvariant(), out var pair))
        {
            (value, used) = (pair, 2);
            return true;
        }

        var parts = word.Split('-');
        foreach (var part in parts)
        {
            if (!_units.TryGetValue(part, out var unit))
            {
                return false;
            }

            value += unit;
        }

        used = 1;
        return true;
    }

    private static Dictionary<string, long> Pairs(IReadOnlyList<string> items) =>
        items.Select(i => (Words: i[..i.LastIndexOf(' ')], Value: long.Parse(i[(i.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
            .ToDictionary(p => p.Words, p => p.Value, StringComparer.OrdinalIgnoreCase);
}
