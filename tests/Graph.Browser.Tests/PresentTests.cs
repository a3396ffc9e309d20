using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>What an educator needs: a link that reopens the view, images, presentation mode, themes.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class PresentTests(ExplorerServer server)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task SharedLinkReopensTheSameNodesSelectionLayoutAndEncoding()
    {
        var graph = await server.GraphAsync();
        var selected = graph.BestConnectedNode("country").Data("id");
        await using var first = await server.OpenAsync();
        await first.ChangeAsync(() => first.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Agencies" }).UncheckAsync());
        await first.Page.GetByLabel("Colour by").SelectOptionAsync("community");
        await first.WaitForReadyAsync();
        await first.ChangeAsync(() => first.Page.GetByLabel("Layout").SelectOptionAsync("circle"));
        await first.Page.GetByLabel("Size by").SelectOptionAsync("pagerank");
        await first.ClickNodeAsync(selected);
        await first.Page.WaitForFunctionAsync("id => location.hash.includes(encodeURIComponent(id)) || location.hash.includes(id)", selected);
        var link = first.Page.Url;

        await using var second = await server.OpenAsync(new Uri(link).PathAndQuery + new Uri(link).Fragment);
        await second.Page.WaitForFunctionAsync("() => document.querySelector('#cy')._cyreg.cy.$(':selected').length > 0");

        Assert.Equal(await first.VisibleNodeIdsAsync(), await second.VisibleNodeIdsAsync());
        Assert.Equal([selected], await second.SelectedIdsAsync());
        Assert.DoesNotContain(await second.VisibleNodeIdsAsync(), id => id.StartsWith("agency:", StringComparison.Ordinal));
        await Assertions.Expect(second.Page.GetByLabel("Layout")).ToHaveValueAsync("circle");
        await Assertions.Expect(second.Page.GetByLabel("Colour by")).ToHaveValueAsync("community");
        await Assertions.Expect(second.Page.GetByLabel("Size by")).ToHaveValueAsync("pagerank");
        await Assertions.Expect(second.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Agencies" })).Not.ToBeCheckedAsync();
        await Assertions.Expect(second.Details.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(graph.Nodes().First(n => n.Data("id") == selected).Data("label"));
    }

    [Fact]
    public async Task PngExportDownloadsAHighResolutionPng()
    {
        await using var explorer = await server.OpenAsync();
        var box = (await explorer.Graph.BoundingBoxAsync())!;

        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = "PNG" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        Assert.True(Math.Max(width, height) > Math.Max(box.Width, box.Height), $"A {width}×{height} image is no sharper than the {box.Width}×{box.Height} screen.");
        Assert.True(bytes.Length > 20_000, $"A {bytes.Length}-byte PNG cannot hold the drawn graph.");
        Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SvgExportDownloadsAnSvgWithEveryLabel()
    {
        var graph = await server.GraphAsync();
        await using var explorer = await server.OpenAsync();

        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = "SVG" }).ClickAsync());
        var svg = await File.ReadAllTextAsync((await download.PathAsync())!);

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        var label = graph.BestConnectedNode().Data("label");
        Assert.Contains(System.Security.SecurityElement.Escape(label), svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PresentationModeHidesPanelsStepsWithTheKeyboardAndExitsWithEscape()
    {
        var timeline = System.Text.Json.Nodes.JsonNode.Parse(await server.Api.GetStringAsync("/api/timeline"))!.AsArray();
        await using var explorer = await server.OpenAsync();
        var filters = explorer.Page.GetByRole(AriaRole.Complementary, new() { Name = "Filters" });
        var status = explorer.Page.GetByRole(AriaRole.Status);
        await Assertions.Expect(filters).ToBeVisibleAsync();

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Present" }).ClickAsync();

        await Assertions.Expect(filters).ToBeHiddenAsync();
        await Assertions.Expect(explorer.Details).ToBeHiddenAsync();
        await Assertions.Expect(status).ToContainTextAsync($"1/{timeline.Count}");
        await Assertions.Expect(status).ToContainTextAsync(timeline[0]!["title"]!.ToString());
        await explorer.Page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(status).ToContainTextAsync($"2/{timeline.Count}");
        await Assertions.Expect(status).ToContainTextAsync(timeline[1]!["title"]!.ToString());
        Assert.NotEmpty(await explorer.IdsWithClassAsync("highlighted"));
        await explorer.ScreenshotAsync("06-presentation");

        await explorer.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(filters).ToBeVisibleAsync();
        await Assertions.Expect(explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Present" })).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task PresentationStepsThroughSavedViewsThenRestoresTheViewItLeft()
    {
        var countries = await server.GraphAsync("?view=countries");
        var all = await server.GraphAsync();
        var agency = all.BestConnectedNode("agency");
        await using var explorer = await server.OpenAsync();
        var save = explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Save this view" });
        var status = explorer.Page.GetByRole(AriaRole.Status);
        await explorer.ChangeAsync(() => explorer.Page.GetByLabel("View").SelectOptionAsync("countries"));
        await save.ClickAsync();
        await explorer.ChangeAsync(() => explorer.Page.GetByLabel("View").SelectOptionAsync("actors"));
        await explorer.ClickNodeAsync(agency.Data("id"));
        await save.ClickAsync();
        await Assertions.Expect(explorer.Page.Locator("#saved-views")).ToHaveTextAsync("2 saved views");
        await explorer.ChangeAsync(() => explorer.Page.GetByLabel("Layout").SelectOptionAsync("grid"));

        // The deck opens with its title slide over the picture on screen (issue 15), then steps through the views.
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Present" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("1/3 · Presentation");

        await explorer.ChangeAsync(() => explorer.Page.Keyboard.PressAsync("ArrowRight"));

        await Assertions.Expect(status).ToHaveTextAsync("2/3 · Countries");
        Assert.Equal(countries.NodeIds(), await explorer.VisibleNodeIdsAsync());

        await explorer.ChangeAsync(() => explorer.Page.Keyboard.PressAsync("ArrowRight"));

        await Assertions.Expect(status).ToHaveTextAsync($"3/3 · Agencies and countries · {agency.Data("label")}");
        Assert.Equal(all.NodeIds(), await explorer.VisibleNodeIdsAsync());
        Assert.Equal([agency.Data("id")], await explorer.SelectedIdsAsync());

        await explorer.ChangeAsync(() => explorer.Page.Keyboard.PressAsync("Escape"));

        await Assertions.Expect(explorer.Page.GetByLabel("Layout")).ToHaveValueAsync("grid");
        await Assertions.Expect(explorer.Page.GetByLabel("View")).ToHaveValueAsync("actors");
        Assert.Equal(all.NodeIds(), await explorer.VisibleNodeIdsAsync());
    }

    [Fact]
    public async Task DarkThemeChangesPageAndGraphColours()
    {
        await using var explorer = await server.OpenAsync();
        var background = await explorer.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Dark" }).ClickAsync();

        await Assertions.Expect(explorer.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        Assert.NotEqual(background, await explorer.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await explorer.ScreenshotAsync("07-dark");
    }

    [Fact]
    public async Task EveryControlHasAnAccessibleName()
    {
        await using var explorer = await server.OpenAsync();

        var unnamed = await explorer.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input, select, textarea, button')].filter(c => !c.closest('[hidden]'))" +
            ".filter(c => !(c.getAttribute('aria-label') || (c.labels && c.labels.length) || (c.tagName === 'BUTTON' && c.textContent.trim())))" +
            ".map(c => c.outerHTML)");

        Assert.Empty(unnamed);
    }

    [Fact]
    public async Task ApiProblemIsShownInWords()
    {
        await using var explorer = await server.OpenAsync("/#view=galaxies");

        await Assertions.Expect(explorer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Unknown view 'galaxies'");
    }
}
