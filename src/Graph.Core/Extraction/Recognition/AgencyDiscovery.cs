using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// Finds agencies that are in no list from the shape of their name: a run of capitalised words
/// ending in a head noun ("Police Service", "Commission") and tied to a country, either inside the
/// name ("the Ghana Police Service") or by a possessive before it ("Kenya's Directorate of …").
/// A run that starts with a known agency is one of its sub-units and folds into it.
/// </summary>
internal sealed class AgencyDiscovery
{
    private readonly WordSet _headEndings;
    private readonly WordSet _connectors;
    private readonly WordSet _leading;

    public AgencyDiscovery(ExtractionKnowledge knowledge)
    {
        // Every multi-word head ("Police Service") ends in a head word, so the last word decides.
        _headEndings = new WordSet(knowledge.List("head").Select(h => h.Split(' ')[^1]), StringComparer.Ordinal);
        _connectors = new WordSet(knowledge.List("connector"), StringComparer.Ordinal);
        _leading = new WordSet(knowledge.List("leading-function"), StringComparer.Ordinal);
    }

    public List<Mention> Discover(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered)
    {
        List<Mention>? result = null;
        foreach (var (first, end) in CapitalisedRuns(sentence, mentions))
        {
            var start = first;
            while (start < end && (_leading.Contains(sentence.Word(start)) || _connectors.Contains(sentence.Word(start))))
            {
                start++;
            }

            if (end - start < 2 || !HasHead(sentence, start, end)
                || mentions.Any(m => m.Kind == ActorKind.Agency && m.FirstToken < end && m.EndToken > start - 2))
            {
                continue;
            }

            var country = CountryInside(mentions, start, end) ?? CountryByPossessive(sentence, mentions, start);
            if (country is null)
            {
                continue;
            }

            var span = sentence.SpanOf(start, end - start);
            var name = span.Slice(sentence.Text);
            var id = "agency:" + Slug.Of(name);
            discovered.TryAdd(id, new Actor(id, ActorKind.Agency, name, country, [name]));
            result ??= new List<Mention>(mentions);
            result.Add(new Mention(id, ActorKind.Agency, start, end - start, span, sentence.Span, false));
        }

        if (result is null)
        {
            return mentions;
        }

        result.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return result;
    }

    /// <summary>
    /// A head word at the end ("Ghana Police Service"), or one followed by "of"/"for" and more of the
    /// name ("Attorney's Office for the Eastern District of New York").
    /// </summary>
    private bool HasHead(SentenceTokens sentence, int start, int end)
    {
        if (_headEndings.Contains(sentence.Word(end - 1)))
        {
            return true;
        }

        for (var k = start + 1; k < end - 2; k++)
        {
            if (_headEndings.Contains(sentence.Word(k)) && (sentence.WordIs(k + 1, "of") || sentence.WordIs(k + 1, "for")))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<(int First, int End)> CapitalisedRuns(SentenceTokens sentence, List<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized(sentence.Text))
            {
                i++;
                continue;
            }

            var first = i;
            var end = i + 1;
            var j = i + 1;
            while (j < tokens.Count)
            {
                if (tokens[j].IsCapitalized(sentence.Text))
                {
                    end = ++j;
                }
                else if (sentence.WordIs(j, "and") && sentence.WordIs(j + 1, "the"))
                {
                    break; // "… Fraud Section and the U.S. Attorney's Office": two names, not one.
                }
                else if (_connectors.Contains(sentence.Word(j)) && j + 1 < tokens.Count)
                {
                    j++;
                }
                else if (IsPossessive(sentence, j) && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized(sentence.Text)
                    && !mentions.Any(m => m.EndToken == j))
                {
                    j++; // "Attorney's Office" is one name; "Kenya's Directorate" is a country and its agency.
                }
                else
                {
                    break;
                }
            }

            yield return (first, end);
            i = Math.Max(end, i + 1);
        }
    }

    private static bool IsPossessive(SentenceTokens sentence, int index)
    {
        var word = sentence.Word(index);
        return word.Length == 2 && Text.Tokenizer.IsApostrophe(word[0]) && word[1] is 's' or 'S';
    }

    private static string? CountryInside(List<Mention> mentions, int start, int end) =>
        mentions.FirstOrDefault(m => m.Kind == ActorKind.Country && m.FirstToken >= start && m.EndToken <= end)?.ActorId[8..];

    private static string? CountryByPossessive(SentenceTokens sentence, List<Mention> mentions, int start)
    {
        if (start < 2 || !sentence.Word(start - 1).StartsWith("'") && !sentence.Word(start - 1).StartsWith("\u2019"))
        {
            return null;
        }

        return mentions.FirstOrDefault(m => m.Kind == ActorKind.Country && m.EndToken == start - 1)?.ActorId[8..];
    }
}
