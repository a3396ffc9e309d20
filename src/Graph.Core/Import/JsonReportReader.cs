using System.Globalization;
using System.Text.Json;

namespace Graph.Core.Import;

/// <summary>
/// Reads JSON Lines (one object a line) or a JSON document (an array of objects, or one object), one
/// report per object. Fields <c>text</c>, <c>title</c>, <c>date</c> and <c>url</c> are matched whatever
/// their case. Lines are read one at a time, so a JSON Lines file of any size streams.
/// </summary>
internal sealed class JsonReportReader
{
    public IEnumerable<ImportItem> Read(string file, Stream stream)
    {
        using var reader = ImportFields.Text(stream);
        var first = reader.Peek();
        while (first is ' ' or '\t' or '\r' or '\n')
        {
            reader.Read();
            first = reader.Peek();
        }

        var items = first == '[' || IsSingleDocument(file) ? Document(file, reader.ReadToEnd()) : Lines(file, reader);
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static IEnumerable<ImportItem> Lines(string file, TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length > 0)
            {
                yield return Parse(file, "line " + number.ToString(CultureInfo.InvariantCulture), line);
            }
        }
    }

    private static IEnumerable<ImportItem> Document(string file, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            // A .json file may hold JSON Lines after all; one object per line then reads.
            return json.TrimStart().StartsWith('{') ? Lines(file, new StringReader(json)) : [ImportItem.Refused(file, "", "not valid JSON: " + e.Message)];
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Array
                ? [.. root.EnumerateArray().Select((e, i) => FromObject(file, "item " + (i + 1).ToString(CultureInfo.InvariantCulture), e))]
                : [FromObject(file, "item 1", root)];
        }
    }

    private static ImportItem Parse(string file, string place, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return FromObject(file, place, document.RootElement);
        }
        catch (JsonException e)
        {
            return ImportItem.Refused(file, place, "not valid JSON: " + e.Message);
        }
    }

    private static ImportItem FromObject(string file, string place, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ImportItem.Refused(file, place, $"expected an object with a 'text' field, found {element.ValueKind.ToString().ToLowerInvariant()}.");
        }

        string? Field(string name) => element.EnumerateObject()
            .Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())
            .FirstOrDefault();
        if (Field("text") is null)
        {
            var names = string.Join(", ", element.EnumerateObject().Select(p => $"'{p.Name}'"));
            return ImportItem.Refused(file, place, $"the object has no 'text' field; its fields are: {(names.Length == 0 ? "none" : names)}.");
        }

        return ImportFields.Item(file, place, Field("text"), Field("title"), Field("date"), Field("url"));
    }

    private static bool IsSingleDocument(string file) => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
