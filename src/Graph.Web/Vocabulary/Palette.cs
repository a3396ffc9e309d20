namespace Graph.Web.Vocabulary;

/// <summary>
/// The page's colours, defined once: node kinds (colour and shape, with the words the legend uses),
/// community colours and the highlight colours. Okabe–Ito colours, distinguishable with the common
/// forms of colour blindness; kinds also differ by shape and edge kinds by line style, so nothing
/// is told by colour alone.
/// </summary>
/// <param name="Kinds">Node kind → its look.</param>
/// <param name="Communities">Colours cycled through by community number.</param>
/// <param name="Highlight">Border of a hovered or selected neighbourhood.</param>
/// <param name="Path">Nodes and edges of a found path.</param>
/// <param name="Selected">Border of the selected node.</param>
public sealed record Palette(
    IReadOnlyDictionary<string, KindLook> Kinds,
    IReadOnlyList<string> Communities,
    string Highlight,
    string Path,
    string Selected)
{
    /// <summary>The palette the page draws with.</summary>
    public static Palette Default { get; } = new(
        new Dictionary<string, KindLook>
        {
            ["country"] = new("#0072b2", "Blue", "round-rectangle", "square"),
            ["agency"] = new("#e69f00", "Orange", "ellipse", "circle"),
            ["event"] = new("#999999", "Grey", "diamond", "diamond"),
            ["region"] = new("#009e73", "Green", "hexagon", "hexagon"),
        },
        ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999"],
        Highlight: "#d55e00",
        Path: "#009e73",
        Selected: "#cc79a7");
}
