using System.Text.Json;
using Graph.Core;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Keyboard, screen readers and a 390 × 844 phone: axe-core's check, graph navigation, drawers, presentation steps.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class AccessibilityTests(ExplorerServer server)
{
    private static readonly string AxeSource = File.ReadAllText(
        Path.Combine(RepositoryLayout.Root, "node_modules", "axe-core", "axe.min.js"));

    [Theory]
    [InlineData(1400, 900)]
    [InlineData(390, 844)]
    public async Task AxeFindsNoSeriousOrCriticalViolations(int width, int height)
    {
        await using var explorer = await server.OpenAsync();
        await explorer.Page.SetViewportSizeAsync(width, height);

        var violations = await Axe(explorer.Page);

        Assert.True(violations.Count == 0, "axe-core: " + string.Join("; ", violations));
    }

    [Fact]
    public async Task TheGraphTakesFocusAndArrowKeysMoveToTheNearestNodeThatWay()
    {
        await using var explorer = await server.OpenAsync();

        await explorer.Graph.FocusAsync();
        var first = await Focused(explorer);
        Assert.NotEqual("", first);
        await Assertions.Expect(explorer.Page.Locator("#graph-announce")).ToContainTextAsync("Arrows move");
        var (x, _) = await explorer.RenderedPositionAsync(first);

        await explorer.Page.Keyboard.PressAsync("ArrowRight");
        var second = await Focused(explorer);
        Assert.NotEqual(first, second);
        Assert.True((await explorer.RenderedPositionAsync(second)).X > x, "ArrowRight moved left.");

        await explorer.Page.Keyboard.PressAsync("e");
        Assert.Contains(" — ", await explorer.Page.Locator("#graph-announce").TextContentAsync(), StringComparison.Ordinal);
        await explorer.Page.Keyboard.PressAsync("ArrowLeft");
        var label = await explorer.Page.EvaluateAsync<string>("id => document.querySelector('#cy')._cyreg.cy.getElementById(id).data('label')", await Focused(explorer));
        await explorer.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(explorer.Details.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(label);
    }

    [Fact]
    public async Task EveryToolbarControlAndTheGraphAreReachedWithTheTabKey()
    {
        await using var explorer = await server.OpenAsync();
        var reached = new HashSet<string>();
        for (var i = 0; i < 120 && !reached.Contains("cy"); i++)
        {
            await explorer.Page.Keyboard.PressAsync("Tab");
            reached.Add(await explorer.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        }

        Assert.Subset(reached, new HashSet<string> { "search", "view", "layout", "reshuffle", "colour-by", "label-size", "size-by", "share", "export-png", "export-svg", "present", "region", "date-from", "date-to", "cy" });
    }

    [Fact]
    public async Task DateSlidersAnnounceTheDateTheyStandAt()
    {
        var dates = (await server.Api.GetStringAsync("/api/timeline")).Length;
        Assert.True(dates > 0);
        await using var explorer = await server.OpenAsync();

        var from = await explorer.Page.GetByLabel("From date").GetAttributeAsync("aria-valuetext");
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", from);
        Assert.Equal(await explorer.Page.Locator("#date-to-label").TextContentAsync(), await explorer.Page.GetByLabel("To date").GetAttributeAsync("aria-valuetext"));
    }

    [Fact]
    public async Task OnAPhoneTheGraphComesFirstThePageNeverScrollsSidewaysAndPanelsAreDrawers()
    {
        await using var explorer = await server.OpenAsync();
        await explorer.Page.SetViewportSizeAsync(390, 844);
        await explorer.Page.WaitForTimeoutAsync(300);

        var scrollWidth = await explorer.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The page is {scrollWidth} px wide.");
        var graph = (await explorer.Graph.BoundingBoxAsync())!;
        Assert.True(graph.Width >= 380 && graph.Height >= 500, $"The graph is {graph.Width} × {graph.Height}.");
        var filters = explorer.Page.GetByRole(AriaRole.Complementary, new() { Name = "Filters" });
        await Assertions.Expect(filters).Not.ToBeVisibleAsync();

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Filters", Exact = true }).ClickAsync();
        await Assertions.Expect(filters).ToBeVisibleAsync();
        await Assertions.Expect(explorer.Page.GetByLabel("Crime area")).ToBeInViewportAsync();
        await explorer.ScreenshotAsync("50-phone-filters");
        await explorer.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(filters).Not.ToBeVisibleAsync();
        await explorer.ScreenshotAsync("51-phone");
    }

    [Fact]
    public async Task PresentationOnATouchScreenStepsWithOnScreenButtons()
    {
        await using var explorer = await server.OpenAsync();
        await explorer.Page.SetViewportSizeAsync(390, 844);
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Present" }).ClickAsync();
        await Assertions.Expect(explorer.Page.Locator("#status")).ToContainTextAsync("1/");

        var next = explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true });
        await Assertions.Expect(next).ToBeVisibleAsync();
        await next.ClickAsync();
        await Assertions.Expect(explorer.Page.Locator("#status")).ToContainTextAsync("2/");
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Previous", Exact = true }).ClickAsync();
        await Assertions.Expect(explorer.Page.Locator("#status")).ToContainTextAsync("1/");
    }

    private static async Task<string> Focused(ExplorerPage explorer) =>
        await explorer.Page.EvaluateAsync<string>("() => document.querySelector('#cy')._cyreg.cy.elements('.keyboard-focus').map(e => e.id()).join()");

    private static async Task<List<string>> Axe(IPage page)
    {
        // Evaluated through the DevTools protocol, which the page's script policy does not govern.
        await page.EvaluateAsync("source => { (0, eval)(source); }", AxeSource);
        var json = await page.EvaluateAsync<string>(
            "async () => { const r = await axe.run(document); if (r.passes.length < 10) return JSON.stringify(['axe checked only ' + r.passes.length + ' rules']);" +
            " return JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))); }");
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }
}
