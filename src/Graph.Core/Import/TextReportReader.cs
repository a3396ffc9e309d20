using Graph.Core.Ingestion;

namespace Graph.Core.Import;

/// <summary>A plain-text report; a sample-report header (title, date and source lines) gives its metadata.</summary>
internal sealed class TextReportReader
{
    public IEnumerable<ImportItem> Read(string file, Stream stream)
    {
        using var reader = ImportFields.Text(stream);
        var text = reader.ReadToEnd();
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return [ImportItem.Refused(file, "", "binary content (NUL bytes), not a text report.")];
        }

        if (!SampleReportFile.HasHeader(text))
        {
            return [ImportFields.Item(file, "", text, null, null, null)];
        }

        try
        {
            var sample = SampleReportFile.Parse(text);
            return [ImportFields.Item(file, "", sample.Text, sample.Title, sample.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), sample.Url)];
        }
        catch (FormatException e)
        {
            return [ImportItem.Refused(file, "", e.Message)];
        }
    }
}
