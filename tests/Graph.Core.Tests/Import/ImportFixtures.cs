using Graph.Core.Import;

namespace Graph.Core.Tests.Import;

/// <summary>The fixture files written for the import tests, and the readers run over them.</summary>
internal static class ImportFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Everything a reader yields for a fixture file.</summary>
    public static List<ImportItem> Read(ImportFormat format, string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return [.. ImportReaders.Read(format, name, stream)];
    }

    /// <summary>Everything a reader yields for text given inline.</summary>
    public static List<ImportItem> ReadText(ImportFormat format, string name, string content)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));
        return [.. ImportReaders.Read(format, name, stream)];
    }
}
