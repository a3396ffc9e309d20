namespace Graph.Core.Import;

/// <summary>Which reader reads which format.</summary>
internal static class ImportReaders
{
    private static readonly HtmlPageReader Html = new();
    private static readonly FeedReader Feed = new();
    private static readonly CsvTableReader Csv = new();
    private static readonly JsonReportReader Json = new();
    private static readonly TextReportReader Text = new();
    private static readonly Lazy<GdeltEventReader> Gdelt = new(() => new GdeltEventReader(CameoCodes.Default));

    public static IEnumerable<ImportItem> Read(ImportFormat format, string file, Stream stream) => format switch
    {
        ImportFormat.Html => Html.Read(file, stream),
        ImportFormat.Feed => Feed.Read(file, stream),
        ImportFormat.Csv => Csv.Read(file, stream),
        ImportFormat.Jsonl => Json.Read(file, stream),
        ImportFormat.Gdelt => Gdelt.Value.Read(file, stream),
        ImportFormat.Text => Text.Read(file, stream),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Auto is resolved per file before reading."),
    };
}
