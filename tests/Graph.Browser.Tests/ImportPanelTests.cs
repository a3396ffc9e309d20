using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Importing files from the page; these tests write, so they get a server of their own.</summary>
public sealed class ImportPanelTests(ImportPanelTests.Server server) : IClassFixture<ImportPanelTests.Server>, IDisposable
{
    /// <summary>A separate app and database, so what these tests import never reaches the other tests.</summary>
    public sealed class Server : ExplorerServer;

    private readonly string _folder = Directory.CreateTempSubdirectory("graph-import-panel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>GDELT rows in the documented 61-column layout: cooperation between Chile and Uruguay, Chile and Bolivia (two countries no sample report names).</summary>
    private string GdeltFile()
    {
        static string Row(long id, string a1, string a2, string code)
        {
            var cells = new string[61];
            Array.Fill(cells, "");
            (cells[0], cells[1], cells[7], cells[17], cells[26], cells[28]) = (id.ToString(System.Globalization.CultureInfo.InvariantCulture), "20250412", a1, a2, code, code[..2]);
            (cells[29], cells[30], cells[31], cells[60]) = ("2", "6.0", "5", $"https://news.example.org/gdelt/{id}");
            return string.Join('\t', cells);
        }

        var path = Path.Combine(_folder, "20250412.export.CSV");
        File.WriteAllLines(path, [Row(7001, "CHL", "URY", "063"), Row(7002, "CHL", "BOL", "064"), Row(7003, "CHL", "CHL", "040")]);
        return path;
    }

    private string PageFile()
    {
        var path = Path.Combine(_folder, "press-release.html");
        File.WriteAllText(path, """
            <html><head><title>Lake smuggling case</title><meta property="article:published_time" content="2025-04-20"></head>
            <body><nav><a>Germany</a> <a>France</a> <a>Japan</a></nav>
            <article><p>The Paraguayan National Police worked with the Federal Police of Brazil and INTERPOL to arrest 7 smugglers near the Paraná river.</p></article>
            <footer>Offices in Canada</footer></body></html>
            """);
        return path;
    }

    [Fact]
    public async Task FilesImportedThroughThePanelAppearInTheGraphWithTheirSourceKind()
    {
        await using var explorer = await server.OpenAsync();
        var before = await explorer.VisibleNodeIdsAsync();
        await explorer.Page.GetByText("Import files").ClickAsync();

        await explorer.Page.Locator("#import-files").SetInputFilesAsync([GdeltFile(), PageFile()]);
        await Assertions.Expect(explorer.Page.Locator("#import-chosen li")).ToHaveCountAsync(2);
        await explorer.Page.Locator("#import-key").FillAsync(ExplorerServer.ApiKey);
        await explorer.ChangeAsync(() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync());

        await Assertions.Expect(explorer.Page.Locator("#import-result")).ToContainTextAsync("Import finished: read 4, stored 3");
        Assert.Equal(1, await explorer.Page.Locator("#import-progress").EvaluateAsync<double>("p => p.value"));
        var after = await explorer.VisibleNodeIdsAsync();
        Assert.Contains("country:UY", after);
        Assert.Contains("country:PY", after);
        Assert.DoesNotContain("country:UY", before);
        Assert.DoesNotContain("country:JP", after.Except(before));
        await explorer.ScreenshotAsync("10-import-finished");

        // Coded events only: the GDELT countries stay, the page's agencies go; an edge says what backs it.
        await explorer.ChangeAsync(() => explorer.Page.GetByLabel("Evidence source").SelectOptionAsync("coded"));
        var coded = await explorer.VisibleNodeIdsAsync();
        Assert.Equal(["country:BO", "country:CL", "country:UY"], coded);
        var edge = await explorer.ClickableEdgeAsync();
        await explorer.ClickEdgeAsync(edge);
        await Assertions.Expect(explorer.Details).ToContainTextAsync("coded events (GDELT)");
        await Assertions.Expect(explorer.Details).ToContainTextAsync("Coded by GDELT");
        await explorer.ScreenshotAsync("11-coded-edge-evidence");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task TheKeyEnteredForReportsIsOfferedToTheImportPanel()
    {
        await using var explorer = await server.OpenAsync();
        await explorer.Page.EvaluateAsync("() => sessionStorage.setItem('graph.apiKey', 'remembered-key')");
        await explorer.Page.ReloadAsync();

        await explorer.Page.GetByText("Import files").ClickAsync();

        Assert.Equal("remembered-key", await explorer.Page.Locator("#import-key").InputValueAsync());
    }
}
