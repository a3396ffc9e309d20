using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Figures that stand alone (title, legend, caption, source, viewBox) and data downloads of the view on screen.</summary>
[Collection(ExplorerCollection.Name)]
public sealed partial class ExportFigureTests(ExplorerServer server)
{
    [Fact]
    public async Task TheSvgFigureCarriesItsViewBoxTitleLegendCaptionAndSource()
    {
        var reports = (await server.Api.GetStringAsync("/api/timeline")).Split("reportId", StringSplitOptions.None).Length - 1;
        await using var explorer = await server.OpenAsync("/#layout=geographic");
        await explorer.Page.GetByLabel("Figure title").FillAsync("Police cooperation & the sample reports");

        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = "SVG", Exact = true }).ClickAsync());
        var svg = await File.ReadAllTextAsync((await download.PathAsync())!);

        Assert.Matches(ViewBox(), svg);
        Assert.Contains("Police cooperation &amp; the sample reports", svg, StringComparison.Ordinal);
        Assert.Contains("Legend", svg, StringComparison.Ordinal);
        Assert.Contains("square: country", svg, StringComparison.Ordinal);
        Assert.Contains("Dates: ", svg, StringComparison.Ordinal);
        Assert.Contains($"Source: Graph, {reports} reports, data as of ", svg, StringComparison.Ordinal);
        Assert.Contains("<path d=\"M", svg, StringComparison.Ordinal); // the map's outlines came along
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task ThePngFigureIsTheSameFigureAtTwiceItsSizeAndLeavesOutWhatIsUnchecked()
    {
        await using var explorer = await server.OpenAsync();
        await explorer.Page.GetByLabel("Include the legend").UncheckAsync();
        await explorer.Page.GetByLabel("Export area").SelectOptionAsync("viewport");

        var svgDownload = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = "SVG", Exact = true }).ClickAsync());
        var svg = await File.ReadAllTextAsync((await svgDownload.PathAsync())!);
        var pngDownload = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = "PNG", Exact = true }).ClickAsync());
        var png = await File.ReadAllBytesAsync((await pngDownload.PathAsync())!);

        Assert.DoesNotContain(">Legend<", svg, StringComparison.Ordinal);
        var width = int.Parse(ViewBox().Match(svg).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var pngWidth = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(width * 2, pngWidth);
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task TheDataDownloadsExportTheViewAndFiltersOnScreen()
    {
        var countries = await server.GraphAsync("?kinds=country");
        await using var explorer = await server.OpenAsync();
        await explorer.ChangeAsync(() => explorer.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Agencies" }).UncheckAsync());

        var href = await explorer.Page.GetByRole(AriaRole.Link, new() { Name = "GraphML" }).GetAttributeAsync("href");
        Assert.Contains("kinds=country", href, StringComparison.Ordinal);
        var graphml = await server.Api.GetStringAsync(href);
        Assert.Equal(countries.Nodes().Count, Regex.Matches(graphml, "<node ").Count);
        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.GetByRole(AriaRole.Link, new() { Name = "GEXF" }).ClickAsync());
        Assert.Contains("<gexf", await File.ReadAllTextAsync((await download.PathAsync())!), StringComparison.Ordinal);
    }

    [GeneratedRegex("viewBox=\"0 0 (\\d+) (\\d+)\"")]
    private static partial Regex ViewBox();
}
