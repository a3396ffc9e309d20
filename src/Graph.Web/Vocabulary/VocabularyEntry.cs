namespace Graph.Web.Vocabulary;

/// <summary>One named choice of a vocabulary: its wire name, its label and what it means.</summary>
public sealed record VocabularyEntry(string Name, string Label, string Description);
