using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Core.Extraction;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;

namespace Graph.Web.Reports;

/// <summary>
/// Turns a POST body (text/plain or JSON) into a submission, or into the reason it is refused:
/// too large, not UTF-8, not JSON, empty text, a malformed URL or date.
/// </summary>
internal static class ReportBodyReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(ReportSubmission? Submission, BodyProblem? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancel)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/plain" or "application/json"))
        {
            return (null, new BodyProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the report as text/plain, or as application/json {\"text\": ..., \"title\"?, \"url\"?, \"date\"?}."));
        }

        var bytes = request.ContentLength > maxBytes ? null : await ReadLimitedAsync(request.Body, maxBytes, cancel);
        if (bytes is null)
        {
            return (null, new BodyProblem(StatusCodes.Status413PayloadTooLarge, "Report too large", $"A report may be at most {maxBytes} bytes."));
        }

        string body;
        try
        {
            body = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, Invalid("The body is not valid UTF-8 text."));
        }

        if (mediaType == "text/plain")
        {
            return Validate(new ReportRequest(body));
        }

        try
        {
            return Validate(JsonSerializer.Deserialize<ReportRequest>(body, Json) ?? new ReportRequest(null));
        }
        catch (JsonException e)
        {
            return (null, Invalid($"The body is not valid JSON: {e.Message}"));
        }
    }

    private static (ReportSubmission?, BodyProblem?) Validate(ReportRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return (null, Invalid("The report text is empty."));
        }

        if (request.Text.Contains('\0'))
        {
            return (null, Invalid("The report text contains NUL characters; send plain text."));
        }

        if (request.Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return (null, Invalid("The url must be an absolute http or https URL."));
        }

        DateOnly? date = null;
        if (request.Date is { Length: > 0 } text)
        {
            if (!IsoDate.TryParse(text, out var parsed))
            {
                return (null, Invalid("The date must be written YYYY-MM-DD."));
            }

            date = parsed;
        }

        if (request.Title is { Length: > 300 })
        {
            return (null, Invalid("The title may be at most 300 characters."));
        }

        if (request.Language is { } language && !ReportLanguage.IsKnown(language))
        {
            return (null, Invalid($"The language must be one of {string.Join(", ", ReportLanguage.All)}."));
        }

        var title = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim();
        var source = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim();
        return (new ReportSubmission(request.Text, title, source, date, Language: request.Language), null);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static BodyProblem Invalid(string detail) => new(StatusCodes.Status400BadRequest, "Invalid report", detail);
}

/// <summary>Why a body was refused, as problem-details fields.</summary>
internal sealed record BodyProblem(int Status, string Title, string Detail);
