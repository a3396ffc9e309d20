using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>Reads actors, events and their evidence out of a report's text.</summary>
public interface IReportExtractor
{
    /// <summary>Extracts from <paramref name="text"/>; never throws for odd but valid text.</summary>
    ReportExtraction Extract(string text);
}
