using System.Globalization;
using System.Text;

namespace Graph.Core.Import;

/// <summary>The checks every reader applies to a report's date and URL, and how text files are decoded.</summary>
internal static class ImportFields
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "d MMMM yyyy", "MMMM d, yyyy"];

    /// <summary>A reader that refuses invalid UTF-8 (with a BOM, UTF-16 is honoured) instead of guessing.</summary>
    // A small buffer: most files are one short report, and a large one would put every file's char buffer on the large-object heap.
    public static StreamReader Text(Stream stream) => new(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 8 * 1024);

    /// <summary>
    /// Reads a date written as YYYY-MM-DD, an ISO 8601 or RFC 1123 timestamp (the day it names, as
    /// written), or a few common long forms. Empty is null; anything else is an error.
    /// </summary>
    public static bool TryDate(string? value, out DateOnly? date, out string? error)
    {
        (date, error) = (null, null);
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
            return true;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var moment))
        {
            date = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }

        error = $"the date '{Shorten(trimmed)}' is not a date (write YYYY-MM-DD).";
        return false;
    }

    /// <summary>An absolute http(s) URL, or null when empty; anything else is an error.</summary>
    public static bool TryUrl(string? value, out string? url, out string? error)
    {
        (url, error) = (null, null);
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var trimmed = value.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            url = uri.ToString();
            return true;
        }

        error = $"the url '{Shorten(trimmed)}' is not an absolute http(s) URL.";
        return false;
    }

    /// <summary>A submission from the four report fields, or the reason they cannot make one.</summary>
    public static ImportItem Item(string file, string place, string? text, string? title, string? date, string? url)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportItem.Refused(file, place, "the text is empty.");
        }

        if (!TryDate(date, out var day, out var dateError))
        {
            return ImportItem.Refused(file, place, dateError!);
        }

        if (!TryUrl(url, out var link, out var urlError))
        {
            return ImportItem.Refused(file, place, urlError!);
        }

        return ImportItem.Report(file, place, new Storage.ReportSubmission(text.Trim(), string.IsNullOrWhiteSpace(title) ? null : title.Trim(), link, day));
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
