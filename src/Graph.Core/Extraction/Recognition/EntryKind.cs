namespace Graph.Core.Extraction.Recognition;

/// <summary>What a gazetteer phrase names.</summary>
internal enum EntryKind
{
    Country,
    Demonym,
    Agency,
    Region,
    NonAgency,
}
