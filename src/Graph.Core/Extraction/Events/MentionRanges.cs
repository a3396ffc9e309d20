using Graph.Core.Extraction.Recognition;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>Questions about where a sentence's mentions stand, asked by more than one reader.</summary>
internal static class MentionRanges
{
    /// <summary>Whether a mention starts at a token from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    public static bool AnyStartsWithin(List<Mention> mentions, int from, int to)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstToken >= from && mention.FirstToken < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token lies inside a mention (of <paramref name="kind"/> when one is given).</summary>
    public static bool InsideAMention(List<Mention> mentions, int index, ActorKind? kind = null)
    {
        foreach (var mention in mentions)
        {
            if (index >= mention.FirstToken && index < mention.EndToken && (kind is null || mention.Kind == kind))
            {
                return true;
            }
        }

        return false;
    }
}
