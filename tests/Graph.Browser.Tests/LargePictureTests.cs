using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>
/// What keeps the largest pictures quick (session 7 of issue 12): actors without a drawn link are put
/// around the force-directed layout instead of through it, and a hover on a picture of thousands of
/// elements marks the neighbourhood without restyling the rest, and (session 9) shows the node's full name
/// only once the pointer rests, as every class change redraws the whole picture. Generated /api/graph answers
/// (<see cref="BigPictureTests.BigGraphAsync"/>), everything else the real server and page.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class LargePictureTests(ExplorerServer server)
{
    [Fact]
    public async Task ActorsWithoutADrawnLinkAreLaidOutAroundTheLinkedOnes()
    {
        // 400 actors, the first 100 linked among themselves: fcose runs in the worker (above 150 nodes).
        var graph = await BigPictureTests.BigGraphAsync(server, 400, 300, linkedCount: 100);
        await using var explorer = await BigPictureTests.OpenWithGraphAsync(server, graph, "/");

        Assert.Equal(400, await explorer.NodeCountAsync());
        var spread = await explorer.Page.EvaluateAsync<double[]>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy;" +
            " const linked = cy.nodes().filter(n => n.degree() > 0), loose = cy.nodes().filter(n => n.degree() === 0);" +
            " const xs = linked.map(n => n.position('x')), ys = linked.map(n => n.position('y'));" +
            " const c = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };" +
            " const d = n => Math.hypot(n.position('x') - c.x, n.position('y') - c.y);" +
            " return [linked.length, loose.length, Math.max(...linked.map(d)), Math.min(...loose.map(d)), performance.getEntriesByName('layout-worker-done').length]; }");
        Assert.Equal(100, spread[0]);
        Assert.Equal(300, spread[1]);
        Assert.True(spread[3] > spread[2], $"An actor without a link lies {spread[3]:F0} from the network's centre, inside its {spread[2]:F0}.");
        Assert.Equal(1, spread[4]); // laid out by the worker
        await explorer.ScreenshotAsync("41-loose-actors-around");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task HoveringANodeOfALargePictureMarksItsNeighbourhoodAndFadesNothing()
    {
        var graph = await BigPictureTests.BigGraphAsync(server, 3000, 6000);
        await using var explorer = await BigPictureTests.OpenWithGraphAsync(server, graph, "/#layout=grid");

        var spot = await explorer.Page.EvaluateAsync<double[]>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy; const hub = cy.$id('actor:n0');" +
            " cy.zoom(2); cy.center(hub); const p = hub.renderedPosition(); return [p.x, p.y]; }");
        await explorer.Page.WaitForTimeoutAsync(300); // the label placement after the zoom
        await explorer.Graph.HoverAsync(new() { Position = new Position { X = (float)spot[0], Y = (float)spot[1] } });
        await explorer.Page.WaitForFunctionAsync("() => document.querySelector('#cy')._cyreg.cy.$('.highlighted').nonempty()");

        var neighbourhood = await explorer.Page.EvaluateAsync<string[]>(
            "() => document.querySelector('#cy')._cyreg.cy.$id('actor:n0').closedNeighborhood().map(e => e.id()).sort()");
        Assert.Equal(neighbourhood, await explorer.IdsWithClassAsync("highlighted"));
        Assert.Empty(await explorer.IdsWithClassAsync("faded"));
        Assert.Empty(explorer.Errors);
    }

    [Theory]
    [InlineData(3000, 6000, false)] // 9,000 elements: above picture.js's restingHoverAbove
    [InlineData(60, 90, true)]
    public async Task ANodeShowsItsFullNameAtOnceOnlyOnASmallPicture(int nodeCount, int linkCount, bool atOnce)
    {
        var graph = await BigPictureTests.BigGraphAsync(server, nodeCount, linkCount);
        await using var explorer = await BigPictureTests.OpenWithGraphAsync(server, graph, "/#layout=grid");

        // Cytoscape's mouseover, emitted and read in one task, so no timer can run in between.
        var hoveredAtOnce = await explorer.Page.EvaluateAsync<bool>(
            "() => { const node = document.querySelector('#cy')._cyreg.cy.$id('actor:n0'); node.emit('mouseover'); return node.hasClass('hovered'); }");
        Assert.Equal(atOnce, hoveredAtOnce);
        // Resting on it, the full name shows on either.
        await explorer.Page.WaitForFunctionAsync("() => document.querySelector('#cy')._cyreg.cy.$id('actor:n0').hasClass('hovered')");
        Assert.Contains("actor:n0", await explorer.IdsWithClassAsync("highlighted"));
        Assert.Empty(explorer.Errors);
    }
    [Fact]
    public async Task TheNarrowedHitTestPicksWhatCytoscapesOwnTestPicks()
    {
        // 3,000 actors and 6,000 links laid out by force; the renderer's own test (its prototype's) and the
        // page's (hit-test.js: only the elements near the point) asked at points on nodes, on and beside
        // links and anywhere, by mouse and by finger.
        var graph = await BigPictureTests.BigGraphAsync(server, 3000, 6000);
        await using var explorer = await BigPictureTests.OpenWithGraphAsync(server, graph, "/");

        var compared = await explorer.Page.EvaluateAsync<string[]>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy; const r = cy.renderer(); const own = Object.getPrototypeOf(r).findNearestElements;" +
            " const z = cy.zoom(), ext = cy.extent(), points = [];" +
            " for (let i = 0; i < 60; i++) points.push([ext.x1 + ext.w * ((i * 37) % 60) / 60, ext.y1 + ext.h * ((i * 17) % 60) / 60]);" +
            " cy.nodes().slice(0, 60).forEach((n, i) => { const p = n.position(), w = n.outerWidth() / 2; points.push([p.x, p.y], [p.x + w + (i % 5) / z, p.y]); });" +
            " cy.edges().slice(0, 60).forEach((e, i) => { const a = e.source().position(), b = e.target().position(), t = (i % 9 + 1) / 10;" +
            "  points.push([a.x + t * (b.x - a.x), a.y + t * (b.y - a.y) + ((i % 7) - 3) * 4 / z]); });" +
            " const picked = (test, x, y, touch) => test.call(r, x, y, true, touch).map(e => e.id()).join(' ');" +
            " const differ = [], hits = [];" +
            " for (const touch of [false, true]) for (const [x, y] of points) { const a = picked(own, x, y, touch), b = picked(r.findNearestElements, x, y, touch);" +
            "  if (a) hits.push(a); if (a !== b) differ.push(`${x},${y}: ${a} / ${b}`); }" +
            " return [String(points.length * 2), String(hits.length), ...differ]; }");
        Assert.Equal("480", compared[0]);
        Assert.True(int.Parse(compared[1], System.Globalization.CultureInfo.InvariantCulture) > 150, $"Only {compared[1]} of 480 points were on an element.");
        Assert.Empty(compared[2..]);
        Assert.Empty(explorer.Errors);
    }
}
