using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Finds who led or coordinated, from the cue phrases of data/knowledge/roles.txt: the agencies
/// after "led by" up to the next clause ("in collaboration with", a verb), the agencies that are the
/// subject of "coordinated", and "Europol-led".
/// </summary>
internal sealed class RoleReader
{
    private const int MaxGap = 4;
    private readonly string[][] _leadAfter;
    private readonly HashSet<string> _leadVerbs;
    private readonly HashSet<string> _leadSuffixes;
    private readonly string[][] _stops;

    public RoleReader(ExtractionKnowledge knowledge)
    {
        _leadAfter = Phrases(knowledge.List("lead-after"));
        _leadVerbs = new HashSet<string>(knowledge.List("lead-before"), StringComparer.OrdinalIgnoreCase);
        _leadSuffixes = new HashSet<string>(knowledge.List("lead-suffix"), StringComparer.OrdinalIgnoreCase);
        _stops = Phrases(knowledge.List("stop-clause"));
    }

    /// <summary>The ids of the agencies the sentence says led.</summary>
    public HashSet<string> Leads(SentenceTokens sentence, List<Mention> mentions)
    {
        var leads = new HashSet<string>(StringComparer.Ordinal);
        var agencies = mentions.Where(m => m.Kind == ActorKind.Agency).ToList();
        if (agencies.Count == 0)
        {
            return leads;
        }

        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (_leadAfter.FirstOrDefault(p => sentence.PhraseAt(i, p)) is { } cue)
            {
                CollectAfter(sentence, mentions, i + cue.Length, leads);
            }
            else if (_leadSuffixes.Contains(sentence.Word(i).ToString()))
            {
                leads.UnionWith(agencies.Where(m => m.EndToken == i).Select(m => m.ActorId));
            }
            else if (_leadVerbs.Contains(sentence.Word(i).ToString()) && !sentence.WordIs(i + 1, "by"))
            {
                CollectBefore(sentence, mentions, i, leads);
            }
        }

        return leads;
    }

    private void CollectAfter(SentenceTokens sentence, List<Mention> mentions, int from, HashSet<string> leads)
    {
        var position = from;
        foreach (var mention in mentions.Where(m => m.FirstToken >= from))
        {
            if (mention.FirstToken - position > MaxGap || StopBetween(sentence, position, mention.FirstToken))
            {
                break;
            }

            if (mention.Kind == ActorKind.Agency)
            {
                leads.Add(mention.ActorId);
            }

            position = mention.EndToken;
        }
    }

    private static void CollectBefore(SentenceTokens sentence, List<Mention> mentions, int verb, HashSet<string> leads)
    {
        var position = verb;
        foreach (var mention in mentions.Where(m => m.EndToken <= verb).Reverse())
        {
            if (position - mention.EndToken > MaxGap || HasClauseBreak(sentence, mention.EndToken, position))
            {
                break;
            }

            if (mention.Kind == ActorKind.Agency)
            {
                leads.Add(mention.ActorId);
            }

            position = mention.FirstToken;
        }
    }

    private bool StopBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_stops.Any(p => sentence.PhraseAt(k, p)) || sentence.Word(k) is ";" or ":" or "(")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasClauseBreak(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Word(k) is ";" or ":" or "." || sentence.WordIs(k, "with") || sentence.WordIs(k, "by"))
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Phrases(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => p.Split(' ')).OrderByDescending(p => p.Length)];
}
