namespace Graph.Core.Model;

/// <summary>Where a report's events come from: read out of prose, or coded by an event-data project.</summary>
public enum SourceKind
{
    /// <summary>A report whose events the extractor read from its sentences.</summary>
    Extracted,

    /// <summary>An event coded by a machine-coding project (GDELT): no sentence, a code and a source link.</summary>
    Coded,
}
