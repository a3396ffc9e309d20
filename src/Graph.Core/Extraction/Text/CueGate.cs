namespace Graph.Core.Extraction.Text;

/// <summary>
/// The cue bits that let a pass skip a token with one mask test before asking several word and phrase
/// sets about it: a gated set answers no for a token without its bits, so a token with none of the
/// sets' bits is no word of any of them.
/// </summary>
internal static class CueGate
{
    /// <summary>
    /// The sets' gates together, or none when one of them is not gated (it may hold a token with any bits,
    /// so no token may be skipped).
    /// </summary>
    public static CueBits Union(params ReadOnlySpan<CueBits> gates)
    {
        var union = CueBits.None;
        foreach (var gate in gates)
        {
            if (gate.IsEmpty)
            {
                return CueBits.None;
            }

            union |= gate;
        }

        return union;
    }

    /// <summary>Whether a token with these cue bits may be a word of one of the sets whose gates <paramref name="union"/> holds.</summary>
    public static bool MayHold(CueBits union, CueBits tokenCues) => union.IsEmpty || tokenCues.Overlaps(union);
}
