using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    private const int OpeningNounReach = 5; // "In the third action", "La deuxième opération": where a paragraph's opening names an operation by its noun

    /// <summary>
    /// Session 34: a paragraph that opens on an operation by its noun and gives its name only later ("The third action took
    /// place in the north, where the State Police, with army helicopters, destroyed the plants. … The operation, 'Clean
    /// Slope', is part of …") tells that operation from its first sentence, once the report has told another one in an
    /// earlier paragraph: the sentences before the name belong to the operation it names, not to the one told above. Only a
    /// name the report has not given before is read, and the paragraph's earlier sentences must name no operation, tell no
    /// other time and not speak of several operations.
    /// </summary>
    private void GiveParagraphToTheOperationNamedLater(SentenceTokens[] texts, (string? Operation, bool Scoped)[] about, bool[] background, bool[] opensScope, string?[] firstNamed)
    {
        var toldBefore = -1; // the first sentence that opens an operation's scope
        for (var s = 0; s < texts.Length; s++)
        {
            if (firstNamed[s] is not { } name || !opensScope[s] || background[s])
            {
                continue;
            }

            toldBefore = toldBefore < 0 ? s : toldBefore;
            var start = s;
            while (start > 0 && !OperationScope.ParagraphBreakBefore(texts[start - 1], texts[start]))
            {
                start--;
            }

            if (start == s || toldBefore >= start || NamedBefore(firstNamed, s, name) || !OpensOnAnOperationNoun(texts[start]))
            {
                continue;
            }

            var plain = true;
            for (var t = start; plain && t < s; t++)
            {
                plain = firstNamed[t] is null && !background[t] && !about[t].Scoped && !AboutSeveralOperations(texts[t]);
            }

            for (var t = start; plain && t < s; t++)
            {
                about[t] = (name, false);
            }
        }
    }

    private static bool NamedBefore(string?[] firstNamed, int s, string name)
    {
        for (var t = 0; t < s; t++)
        {
            if (string.Equals(firstNamed[t], name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool OpensOnAnOperationNoun(SentenceTokens sentence)
    {
        for (var k = 0; k < Math.Min(sentence.Count, OpeningNounReach); k++)
        {
            if (_operationNouns.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }
}
