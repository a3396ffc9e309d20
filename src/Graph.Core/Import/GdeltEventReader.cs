using System.Globalization;
using Graph.Core.Model;

namespace Graph.Core.Import;

/// <summary>
/// Reads a GDELT 2.0 Events export (tab-separated, 61 columns, no header) line by line. A row is kept
/// when its EventRootCode is a cooperation root (03, 04, 05, 06) and its two actors belong to two
/// different countries the crosswalk knows; other rows are skipped, malformed ones refused with their
/// line number. Each kept row becomes a coded event between the two countries.
/// </summary>
internal sealed class GdeltEventReader(CameoCodes codes)
{
    public IEnumerable<ImportItem> Read(string file, Stream stream)
    {
        using var reader = ImportFields.Text(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            yield return Row(file, "line " + number.ToString(CultureInfo.InvariantCulture), line);
        }
    }

    private ImportItem Row(string file, string place, string line)
    {
        var cells = line.Split('\t');
        if (cells.Length != GdeltColumns.Count)
        {
            return ImportItem.Refused(file, place, $"the row has {cells.Length} tab-separated columns; a GDELT 2.0 event has {GdeltColumns.Count}.");
        }

        if (!CameoCodes.CooperationRoots.Contains(cells[GdeltColumns.EventRootCode]))
        {
            return ImportItem.Skipped(file, place);
        }

        var (country1, country2) = (codes.Country(cells[GdeltColumns.Actor1CountryCode]), codes.Country(cells[GdeltColumns.Actor2CountryCode]));
        if (country1 is null || country2 is null || country1 == country2)
        {
            return ImportItem.Skipped(file, place);
        }

        if (!long.TryParse(cells[GdeltColumns.GlobalEventId], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !DateOnly.TryParseExact(cells[GdeltColumns.SqlDate], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !int.TryParse(cells[GdeltColumns.QuadClass], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quad)
            || !double.TryParse(cells[GdeltColumns.GoldsteinScale], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein)
            || !int.TryParse(cells[GdeltColumns.NumMentions], NumberStyles.Integer, CultureInfo.InvariantCulture, out var mentions))
        {
            return ImportItem.Refused(file, place, "GlobalEventID, SQLDATE, QuadClass, GoldsteinScale or NumMentions is not a number of the documented form.");
        }

        ImportFields.TryUrl(cells[GdeltColumns.SourceUrl], out var url, out _);
        var code = cells[GdeltColumns.EventCode];
        var coded = new CodedEvent(id, date, country1, country2, code, codes.Label(code), quad, goldstein, mentions, url);
        return ImportItem.Report(file, place, CodedEventReport.Submission(coded, codes));
    }
}
