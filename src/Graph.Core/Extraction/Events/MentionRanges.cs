using Graph.Core.Extraction.Recognition;

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
}
