using Graph.Core.Operations;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    /// <summary>
    /// Session 32: a report on one numbered edition or phase of a recurring operation names the series too ("deflagra a terceira
    /// fase da Operação Ouro Preto" over "a Operação Ouro Preto III"; "Operation Harbour Net 2026 … Harbour Net is an annual
    /// operation"): the bare name is the series the edition belongs to, not an operation of its own, so it is read as the one
    /// edition the report names. Two editions under one series name ("Fase II" and "Fase III") leave it as it is.
    /// </summary>
    private static void FoldSeriesIntoEdition(List<(string Name, int Count)> counts, string?[] firstNamed)
    {
        for (var c = counts.Count - 1; c >= 0; c--)
        {
            var edition = -1;
            for (var e = 0; e < counts.Count; e++)
            {
                if (e != c && IsEditionOf(counts[e].Name, counts[c].Name))
                {
                    edition = edition < 0 ? e : -2; // a second edition: which one the series stands for is not told
                }
            }

            if (edition < 0)
            {
                continue;
            }

            var (series, editionName) = (counts[c].Name, counts[edition].Name);
            counts[edition] = (editionName, counts[edition].Count + counts[c].Count);
            counts.RemoveAt(c);
            for (var s = 0; s < firstNamed.Length; s++)
            {
                if (string.Equals(firstNamed[s], series, StringComparison.OrdinalIgnoreCase))
                {
                    firstNamed[s] = editionName;
                }
            }
        }
    }

    /// <summary>
    /// "Operação Ouro Preto III" of "Operação Ouro Preto", "Operation Harbour Net 2026" of "Operation Harbour Net": the same words
    /// (the operation word before them aside, since a quoted name may have been given the English one) and one serial after them,
    /// digits or a Roman numeral.
    /// </summary>
    private static bool IsEditionOf(string edition, string series)
    {
        var editionWords = AfterOperationWord(edition);
        var seriesWords = AfterOperationWord(series);
        if (seriesWords.Length == 0 || editionWords.Length < seriesWords.Length + 2
            || !editionWords.StartsWith(seriesWords, StringComparison.OrdinalIgnoreCase) || editionWords[seriesWords.Length] != ' ')
        {
            return false;
        }

        var serial = editionWords[(seriesWords.Length + 1)..];
        return IsDigits(serial) || RomanNumeral.TryRead(serial.ToString().ToLowerInvariant(), out _);
    }

    private static ReadOnlySpan<char> AfterOperationWord(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? [] : name.AsSpan(space + 1);
    }

    private static bool IsDigits(ReadOnlySpan<char> word) => word.Length is > 0 and <= 4 && !word.ContainsAnyExceptInRange('0', '9');
}
