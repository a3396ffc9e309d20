namespace Graph.Core.Export;

/// <summary>Value types the exports declare.</summary>
internal enum ExportType
{
    String,
    Int,
    Double,
    Boolean,
}
