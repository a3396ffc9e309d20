using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>The geographic layout on a real map: outlines, spread places, the band of international bodies, zoom to a region.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class MapTests(ExplorerServer server)
{
    [Fact]
    public async Task TheGeographicLayoutDrawsCountryOutlinesUnderNodesThatDoNotOverlap()
    {
        await using var explorer = await server.OpenAsync("/#layout=geographic");

        var inked = await explorer.Page.EvaluateAsync<int>(
            "() => { const c = document.querySelector('#map-layer'); if (c.hidden) return -1; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;" +
            " let n = 0; for (let i = 3; i < d.length; i += 4 * 16) if (d[i] > 0) n++; return n; }");
        Assert.True(inked > 1000, $"The map layer holds {inked} sampled inked pixels.");
        var overlapping = await explorer.Page.EvaluateAsync<string[]>(
            "() => { const ns = document.querySelector('#cy')._cyreg.cy.nodes().map(n => ({ id: n.id(), p: n.position(), r: n.width() / 2 })); const out = [];" +
            " for (const a of ns) for (const b of ns) if (a.id < b.id && Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) < a.r + b.r) out.push(a.id + ' / ' + b.id); return out; }");
        Assert.Empty(overlapping);
        await explorer.ScreenshotAsync("40-map");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task InternationalBodiesSitInALabelledBandBelowEveryCountryAndTheLegendSaysSo()
    {
        await using var explorer = await server.OpenAsync("/#layout=geographic");

        var placed = await explorer.Page.EvaluateAsync<double[]>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy; const y = (ns) => ns.map(n => n.position('y'));" +
            " return [Math.max(...y(cy.nodes().filter(n => n.data('countryCode')))), Math.min(...y(cy.nodes().filter(n => !n.data('countryCode'))))]; }");
        Assert.True(placed[1] > placed[0], $"The highest international body (y {placed[1]}) is not below the lowest country (y {placed[0]}).");
        await Assertions.Expect(explorer.Page.Locator("#legend")).ToContainTextAsync("international bodies");
        await Assertions.Expect(explorer.Page.Locator("#legend")).ToContainTextAsync("Natural Earth");
    }

    [Fact]
    public async Task ZoomingToEuropeShowsEuropeanCountriesLabelledAndLeavesOthersOffScreen()
    {
        await using var explorer = await server.OpenAsync("/#layout=geographic");
        var zoom = explorer.Page.GetByLabel("Zoom to region");
        await Assertions.Expect(zoom).ToBeVisibleAsync();

        await zoom.SelectOptionAsync("europe");
        await explorer.Page.WaitForFunctionAsync("() => !document.querySelector('#cy')._cyreg.cy.animated()");
        await explorer.Page.WaitForTimeoutAsync(300);

        var onScreen = await explorer.Page.EvaluateAsync<string[]>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy, e = cy.extent(); return cy.nodes('[kind = \"country\"]').filter(n => { const p = n.position(); return p.x > e.x1 && p.x < e.x2 && p.y > e.y1 && p.y < e.y2; }).map(n => n.id()); }");
        Assert.Contains("country:DE", onScreen);
        Assert.DoesNotContain("country:AU", onScreen);
        Assert.DoesNotContain("country:BR", onScreen);
        var germanyLabelled = await explorer.Page.EvaluateAsync<bool>("() => !document.querySelector('#cy')._cyreg.cy.getElementById('country:DE').hasClass('unlabelled')");
        Assert.True(germanyLabelled, "Germany has no label in the Europe view.");
        await explorer.ScreenshotAsync("41-map-europe");
    }
}
