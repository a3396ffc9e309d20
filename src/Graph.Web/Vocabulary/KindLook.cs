namespace Graph.Web.Vocabulary;

/// <summary>How one node kind is drawn, and the words the legend uses for it.</summary>
/// <param name="Colour">Fill colour (hex).</param>
/// <param name="ColourName">The colour in a word, for the legend.</param>
/// <param name="Shape">Cytoscape.js node shape.</param>
/// <param name="ShapeName">The shape in a word, for the legend.</param>
public sealed record KindLook(string Colour, string ColourName, string Shape, string ShapeName);
