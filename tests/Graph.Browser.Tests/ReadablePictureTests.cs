using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Labels that never cover each other, and layouts that a link reproduces.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ReadablePictureTests(ExplorerServer server)
{
    // Every drawn label's box and every node's box, in screen pixels, then each overlapping pair.
    private const string LabelCollisions =
        "() => { const cy = document.querySelector('#cy')._cyreg.cy; const o = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false };" +
        " const b = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false };" +
        " const labels = cy.nodes(':visible').filter(n => !n.hasClass('unlabelled') && n.style('label')).map(n => ({ id: n.id(), box: n.renderedBoundingBox(o) }));" +
        " const bodies = cy.nodes(':visible').map(n => ({ id: n.id(), box: n.renderedBoundingBox(b) }));" +
        " const hit = (a, c) => a.x1 < c.x2 - 0.5 && c.x1 < a.x2 - 0.5 && a.y1 < c.y2 - 0.5 && c.y1 < a.y2 - 0.5; const found = [];" +
        " for (const l of labels) { for (const m of labels) if (l.id < m.id && hit(l.box, m.box)) found.push(l.id + ' label / label ' + m.id);" +
        "  for (const n of bodies) if (n.id !== l.id && hit(l.box, n.box)) found.push(l.id + ' label / node ' + n.id); }" +
        " return { labelled: labels.length, nodes: bodies.length, found }; }";

    [Fact]
    public async Task NoLabelOverlapsAnotherLabelOrANodeOnTheDefaultView()
    {
        await using var explorer = await server.OpenAsync();

        var result = await explorer.Page.EvaluateAsync<LabelCheck>(LabelCollisions);

        await explorer.ScreenshotAsync("30-labels");
        Assert.Empty(result.Found);
        Assert.True(result.Labelled >= result.Nodes / 3, $"Only {result.Labelled} of {result.Nodes} labels are drawn.");
    }

    [Fact]
    public async Task TheTopNodesOfTheDefaultViewOverlapNoOtherNodeAndTheHubIsLabelledAndClickable()
    {
        await using var explorer = await server.OpenAsync();

        // The ten nodes of highest weighted degree: each one's drawn body against every other node's,
        // and what the renderer's own hit test finds at each one's centre (what a click there picks).
        var result = await explorer.Page.EvaluateAsync<CrowdCheck>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy; const b = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false };" +
            " const nodes = cy.nodes(':visible').sort((x, y) => y.data('weightedDegree') - x.data('weightedDegree') || (x.id() < y.id() ? -1 : 1));" +
            " const hit = (a, c) => a.x1 < c.x2 - 0.5 && c.x1 < a.x2 - 0.5 && a.y1 < c.y2 - 0.5 && c.y1 < a.y2 - 0.5; const found = [], missed = [];" +
            " const top = nodes.slice(0, 10); const r = cy.renderer();" +
            " for (const n of top) { const box = n.boundingBox(b);" +
            "  for (const m of nodes) if (m.id() !== n.id() && hit(box, m.boundingBox(b))) found.push(n.id() + ' / ' + m.id());" +
            "  const p = n.position(); const picked = r.findNearestElement(p.x, p.y, true, false); if (!picked || picked.id() !== n.id()) missed.push(n.id() + ' picks ' + (picked ? picked.id() : 'nothing')); }" +
            " return { hub: top[0].id(), hubLabelled: !top[0].hasClass('unlabelled') && Boolean(top[0].style('label')), found, missed }; }");

        await explorer.ScreenshotAsync("33-top-nodes-apart");
        Assert.Empty(result.Found);
        Assert.Empty(result.Missed);
        Assert.True(result.HubLabelled, $"The hub {result.Hub} has no label drawn.");
    }

    [Fact]
    public async Task ZoomingInShowsMoreLabelsStillWithoutOverlap()
    {
        await using var explorer = await server.OpenAsync();
        var before = await explorer.Page.EvaluateAsync<LabelCheck>(LabelCollisions);

        await explorer.Page.EvaluateAsync("() => { const cy = document.querySelector('#cy')._cyreg.cy; cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); }");
        await explorer.Page.WaitForFunctionAsync("n => Number(document.querySelector('#cy').dataset.labelled) !== n", before.Labelled);

        var after = await explorer.Page.EvaluateAsync<LabelCheck>(LabelCollisions);
        Assert.Empty(after.Found);
        var labelledOnScreen = await explorer.Page.EvaluateAsync<int>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy, e = cy.extent(); return cy.nodes(':visible').filter(n => !n.hasClass('unlabelled')).filter(n => { const p = n.position(); return p.x > e.x1 && p.x < e.x2 && p.y > e.y1 && p.y < e.y2; }).length; }");
        var onScreen = await explorer.Page.EvaluateAsync<int>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy, e = cy.extent(); return cy.nodes(':visible').filter(n => { const p = n.position(); return p.x > e.x1 && p.x < e.x2 && p.y > e.y1 && p.y < e.y2; }).length; }");
        Assert.True(labelledOnScreen * 1.0 / Math.Max(onScreen, 1) >= before.Labelled * 1.0 / before.Nodes,
            $"Zoomed in, {labelledOnScreen} of {onScreen} nodes on screen are labelled; before, {before.Labelled} of {before.Nodes}.");
    }

    [Fact]
    public async Task LargerLabelsStillOverlapNothingAndTheSizeIsInTheLink()
    {
        await using var explorer = await server.OpenAsync();
        var before = await explorer.Page.EvaluateAsync<LabelCheck>(LabelCollisions);

        await explorer.Page.GetByLabel("Label size").FillAsync("20");
        await explorer.Page.WaitForFunctionAsync("() => location.hash.includes('labelSize=20')");
        await explorer.Page.WaitForFunctionAsync("n => Number(document.querySelector('#cy').dataset.labelled) < n", before.Labelled);

        var after = await explorer.Page.EvaluateAsync<LabelCheck>(LabelCollisions);
        Assert.Empty(after.Found);
        Assert.True(after.Labelled > 0);
        Assert.Equal("20 pixels", await explorer.Page.GetByLabel("Label size").GetAttributeAsync("aria-valuetext"));
        await explorer.ScreenshotAsync("32-large-labels");
    }

    [Fact]
    public async Task ColouringByCrimeAreaGivesEachNodeTheAreaOfMostOfItsLinksWithAKey()
    {
        var areas = (await server.JsonAsync("/api/vocabulary"))["crimeAreas"]!.AsArray().Select(a => a!["label"]!.ToString()).ToList();
        await using var explorer = await server.OpenAsync();

        await explorer.Page.GetByLabel("Colour by").SelectOptionAsync("crimeArea");

        var legend = explorer.Page.Locator("#legend");
        await Assertions.Expect(legend).ToContainTextAsync("Crime area most of its links concern");
        await Assertions.Expect(legend).Not.ToContainTextAsync("Loading the key");
        var text = await legend.TextContentAsync();
        Assert.Contains(areas, area => text!.Contains(area + " (", StringComparison.Ordinal));
        var painted = await explorer.Page.EvaluateAsync<int>("() => new Set(document.querySelector('#cy')._cyreg.cy.nodes().map(n => n.data('paint'))).size");
        Assert.True(painted >= 2, "Every node has the same colour.");
        await explorer.ScreenshotAsync("33-colour-crime-area");
    }

    [Fact]
    public async Task TheSameLinkOpenedTwiceDrawsEveryNodeAtTheSamePlaceDraggedNodesIncluded()
    {
        await using var first = await server.OpenAsync("/#seed=42");
        var id = (await server.GraphAsync()).BestConnectedNode().Data("id");
        var (x, y) = await first.RenderedPositionAsync(id);
        var box = (await first.Graph.BoundingBoxAsync())!;
        await first.Page.Mouse.MoveAsync(box.X + x, box.Y + y);
        await first.Page.Mouse.DownAsync();
        await first.Page.Mouse.MoveAsync(box.X + x + 80, box.Y + y + 50, new() { Steps = 8 });
        await first.Page.Mouse.UpAsync();
        await first.Page.WaitForFunctionAsync("() => location.hash.includes('pins=')");
        var link = new Uri(first.Page.Url).PathAndQuery + new Uri(first.Page.Url).Fragment;
        var dragged = await Positions(first);

        await using var second = await server.OpenAsync(link);
        await using var third = await server.OpenAsync(link);

        Assert.Contains("seed=42", link, StringComparison.Ordinal);
        Assert.Equal(await Positions(second), await Positions(third));
        Assert.Equal(dragged, await Positions(second));
        await using var otherSeed = await server.OpenAsync("/#seed=43");
        Assert.NotEqual(await Positions(second), await Positions(otherSeed));
    }

    [Fact]
    public async Task ARegionFilterKeepsThatRegionsCountriesAndTheInternationalBodies()
    {
        await using var explorer = await server.OpenAsync("/#region=Europe&colourBy=region");

        var shown = await explorer.Page.EvaluateAsync<string[]>(
            "() => document.querySelector('#cy')._cyreg.cy.nodes().map(n => n.data('countryCode') || '')");
        Assert.NotEmpty(shown);
        var codes = await explorer.Page.EvaluateAsync<string[]>(
            "() => fetch('/api/countries').then(r => r.json()).then(list => list.filter(c => c.continent === 'Europe').map(c => c.code))");
        Assert.All(shown.Where(c => c.Length > 0), c => Assert.Contains(c.ToUpperInvariant(), codes));
        Assert.Contains("", shown);
        await Assertions.Expect(explorer.Page.Locator("#legend")).ToContainTextAsync("Region (UN M49 sub-region)");
        await Assertions.Expect(explorer.Page.Locator("#legend")).ToContainTextAsync("Western Europe");
        await explorer.ScreenshotAsync("31-region-europe");
    }

    private static async Task<string> Positions(ExplorerPage explorer) =>
        await explorer.Page.EvaluateAsync<string>(
            "() => document.querySelector('#cy')._cyreg.cy.nodes().sort((a, b) => a.id() < b.id() ? -1 : 1).map(n => n.id() + ':' + n.position('x').toFixed(1) + ',' + n.position('y').toFixed(1)).join(' ')");

    private sealed class LabelCheck
    {
        public int Labelled { get; set; }

        public int Nodes { get; set; }

        public string[] Found { get; set; } = [];
    }

    private sealed class CrowdCheck
    {
        public string Hub { get; set; } = "";

        public bool HubLabelled { get; set; }

        public string[] Found { get; set; } = [];

        public string[] Missed { get; set; } = [];
    }
}
