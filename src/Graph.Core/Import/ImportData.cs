using System.Reflection;

namespace Graph.Core.Import;

/// <summary>
/// The tables under <c>data/import</c>, embedded in this assembly: '#' lines are comments, the first
/// other line names the columns, the rest are tab-separated rows.
/// </summary>
internal static class ImportData
{
    /// <summary>The names of the files this folder holds, each read by exactly one class.</summary>
    public static readonly string[] Files = ["cameo-countries.tsv", "cameo-cooperation-codes.tsv"];

    /// <summary>The data rows of an embedded table, header line left out.</summary>
    public static IEnumerable<string[]> Rows(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("import/" + fileName)
            ?? throw new InvalidOperationException($"Import table '{fileName}' is not embedded in Graph.Core.");
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
