using System.Globalization;
using System.Text;

namespace Graph.Core.Export;

/// <summary>
/// Writes the dyad-period panel as long CSV (RFC 4180, UTF-8, a header line): <c>country1, country2,
/// period, variable, category, operations</c> — the shape <c>netify</c> in R and <c>reshape wide</c> in
/// Stata read.
/// </summary>
public static class PanelCsvWriter
{
    /// <summary>The header line's column names.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["country1", "country2", "period", "variable", "category", "operations"];

    /// <summary>Writes the rows to <paramref name="output"/>.</summary>
    public static void Write(IEnumerable<PanelRow> rows, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', Columns));
        foreach (var r in rows)
        {
            writer.WriteLine(string.Join(',', Quote(r.Country1), Quote(r.Country2), Quote(r.Period), Quote(r.Variable), Quote(r.Category),
                r.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
