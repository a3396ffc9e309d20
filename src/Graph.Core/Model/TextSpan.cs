namespace Graph.Core.Model;

/// <summary>A range of UTF-16 character offsets in a report's text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public string Slice(string text) => text.Substring(Start, Length);
}
