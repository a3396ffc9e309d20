using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Graph.Core.Import;

/// <summary>
/// Reads a CSV (or, for <c>.tsv</c>, tab-separated) table with a header row, one report per row.
/// Columns <c>text</c>, <c>title</c>, <c>date</c> and <c>url</c> are found whatever their case; other
/// columns are ignored. A table without a <c>text</c> column is refused once, naming the columns it has.
/// </summary>
internal sealed class CsvTableReader
{
    public IEnumerable<ImportItem> Read(string file, Stream stream)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = file.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? "\t" : ",",
            MissingFieldFound = null,
            BadDataFound = null,
            DetectColumnCountChanges = false,
        };
        using var reader = ImportFields.Text(stream);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            yield return ImportItem.Refused(file, "", "the table is empty; it needs a header row with a 'text' column.");
            yield break;
        }

        int Column(string name) => Array.FindIndex(header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        var (text, title, date, url) = (Column("text"), Column("title"), Column("date"), Column("url"));
        if (text < 0)
        {
            yield return ImportItem.Refused(file, "", $"the table has no 'text' column; its columns are: {string.Join(", ", header.Select(h => $"'{h}'"))}.");
            yield break;
        }

        string? Cell(int index) => index >= 0 && index < csv.Parser.Count ? csv.Parser[index] : null;
        while (csv.Read())
        {
            var place = "line " + csv.Parser.RawRow.ToString(CultureInfo.InvariantCulture);
            yield return ImportFields.Item(file, place, Cell(text), Cell(title), Cell(date), Cell(url));
        }
    }
}
