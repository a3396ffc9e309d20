using Graph.Core.Network;

namespace Graph.Core.Vocabulary;

/// <summary>One network view as every consumer names it.</summary>
/// <param name="View">The view.</param>
/// <param name="Name">Lower-case name on the wire and on the command line (<c>actors</c>).</param>
/// <param name="Label">Label for people (<c>Agencies and countries</c>).</param>
/// <param name="Description">What the view links.</param>
public sealed record ViewDefinition(NetworkView View, string Name, string Label, string Description);
