namespace Graph.Core.Storage.Sqlite;

internal static partial class Schema
{
    // A row here says a bulk import stored reports whose events it links only at its end
    // (RelationalReportStore.LinksAtEnd): a store opened while it stands links them first.
    private const string PendingLinks = """
        CREATE TABLE IF NOT EXISTS links_pending (id INTEGER PRIMARY KEY CHECK (id = 1));
        """;
}
