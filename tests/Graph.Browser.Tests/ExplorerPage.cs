using System.Globalization;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>
/// One open explorer page and what a test reads from it: the graph container exposes
/// <c>data-ready</c> (set after each layout settles), <c>data-node-count</c> and <c>data-edge-count</c>.
/// </summary>
public sealed class ExplorerPage(IPage page) : IAsyncDisposable
{
    private readonly List<string> _errors = [];
    private int _readyGeneration;
    private (float X, float Y) _edgePoint;

    public IPage Page { get; } = page;

    /// <summary>Console errors, uncaught exceptions and CSP violations seen so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public ILocator Graph => Page.Locator("#cy");

    public ILocator Details => Page.GetByRole(AriaRole.Region, new() { Name = "Details" });

    public async Task GotoAsync(string pathAndHash)
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        Page.PageError += (_, error) => _errors.Add(error);
        await Page.GotoAsync(pathAndHash);
        await WaitForReadyAsync();
        // The timeline and coverage load after the first picture; the tests read them as a visitor would, once there.
        await Page.WaitForFunctionAsync("() => document.querySelector('#cy').dataset.lists === 'loaded'", null, new() { Timeout = 30_000 });
    }

    /// <summary>Waits until the page says a render and layout have finished after the last change.</summary>
    public async Task WaitForReadyAsync()
    {
        await Page.WaitForFunctionAsync(
            "g => { const el = document.querySelector('#cy'); return el && el.dataset.ready === 'true' && Number(el.dataset.generation || 0) >= g; }",
            _readyGeneration, new() { Timeout = 30_000 });
        _readyGeneration = await GenerationAsync();
    }

    /// <summary>Runs an action that re-renders the graph and waits for the new render to settle.</summary>
    public async Task ChangeAsync(Func<Task> action)
    {
        var before = await GenerationAsync();
        await action();
        await Page.WaitForFunctionAsync(
            "g => { const el = document.querySelector('#cy'); return el.dataset.ready === 'true' && Number(el.dataset.generation) > g; }",
            before, new() { Timeout = 30_000 });
        _readyGeneration = await GenerationAsync();
    }

    public async Task<int> NodeCountAsync() => await IntAttributeAsync("data-node-count");

    public async Task<int> EdgeCountAsync() => await IntAttributeAsync("data-edge-count");

    /// <summary>Ids of the nodes drawn (not hidden), sorted; read from Cytoscape's own registry on the container.</summary>
    public async Task<string[]> VisibleNodeIdsAsync() =>
        await Page.EvaluateAsync<string[]>(
            "() => document.querySelector('#cy')._cyreg.cy.nodes(':visible').map(n => n.id()).sort()");

    /// <summary>Ids of the selected elements.</summary>
    public async Task<string[]> SelectedIdsAsync() =>
        await Page.EvaluateAsync<string[]>("() => document.querySelector('#cy')._cyreg.cy.$(':selected').map(n => n.id()).sort()");

    /// <summary>Ids of elements carrying a class, e.g. the path finder's highlight.</summary>
    public async Task<string[]> IdsWithClassAsync(string className) =>
        await Page.EvaluateAsync<string[]>("c => document.querySelector('#cy')._cyreg.cy.elements('.' + c).map(e => e.id()).sort()", className);

    /// <summary>Clicks a node where it is drawn on the canvas, as a user would.</summary>
    public async Task ClickNodeAsync(string id)
    {
        var (x, y) = await HittablePointAsync(id);
        await Graph.ClickAsync(new() { Position = new Position { X = x, Y = y } });
    }

    /// <summary>Double-clicks a node where it is drawn.</summary>
    public async Task DoubleClickNodeAsync(string id)
    {
        var (x, y) = await HittablePointAsync(id);
        await Graph.DblClickAsync(new() { Position = new Position { X = x, Y = y } });
    }

    /// <summary>
    /// A point of the node's disc where the renderer's own hit test finds that node (its centre when
    /// nothing covers it): in a dense picture another node may be drawn over part of it.
    /// </summary>
    private async Task<(float X, float Y)> HittablePointAsync(string id)
    {
        var xy = await Page.EvaluateAsync<float[]>(
            "id => { const cy = document.querySelector('#cy')._cyreg.cy; const n = cy.getElementById(id); if (n.empty()) return []; const r = cy.renderer();" +
            " const z = cy.zoom(), pan = cy.pan(), p = n.position(), radius = n.width() / 2;" +
            " for (const f of [0, 0.3, 0.6]) for (let a = 0; a < 8; a++) { const x = p.x + f * radius * Math.cos(a * Math.PI / 4), y = p.y + f * radius * Math.sin(a * Math.PI / 4);" +
            "  if (r.findNearestElement(x, y, true, false) === n) return [x * z + pan.x, y * z + pan.y]; if (f === 0) break; }" +
            " const q = n.renderedPosition(); return [q.x, q.y]; }", id);
        Assert.True(xy.Length == 2, $"The page did not draw node {id}.");
        return (xy[0], xy[1]);
    }

    /// <summary>
    /// The heaviest edge that has a point (tried from its middle outwards) where the renderer's own
    /// hit test finds that edge and nothing else, also 3 px to every side so a pixel of rounding
    /// cannot land on a neighbour; dense cliques from many-country reports cross a lot.
    /// </summary>
    public async Task<string> ClickableEdgeAsync()
    {
        var found = await Page.EvaluateAsync<string>(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy; const r = cy.renderer(); const z = cy.zoom(), pan = cy.pan(), w = cy.width(), h = cy.height();" +
            " for (const e of cy.edges().sort((a, b) => b.data('weight') - a.data('weight'))) {" +
            "  const s = e.source().position(), t = e.target().position();" +
            "  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {" +
            "   const x = s.x + (t.x - s.x) * f, y = s.y + (t.y - s.y) * f, rx = x * z + pan.x, ry = y * z + pan.y;" +
            "   if (rx < 10 || ry < 10 || rx > w - 10 || ry > h - 10) continue;" +
            "   const d = 3 / z, hits = [[0, 0], [d, 0], [-d, 0], [0, d], [0, -d]].every(([dx, dy]) => r.findNearestElement(x + dx, y + dy, true, false) === e);" +
            "   if (hits) return e.id() + ' ' + rx + ' ' + ry; } }" +
            " return ''; }");
        Assert.False(string.IsNullOrEmpty(found), "No edge can be clicked on its own.");
        var parts = found.Split(' ');
        _edgePoint = (float.Parse(parts[1], CultureInfo.InvariantCulture), float.Parse(parts[2], CultureInfo.InvariantCulture));
        return parts[0];
    }

    /// <summary>Clicks the edge <see cref="ClickableEdgeAsync"/> found, at the point it found.</summary>
    public async Task ClickEdgeAsync(string id)
    {
        Assert.False(string.IsNullOrEmpty(id));
        await Graph.ClickAsync(new() { Position = new Position { X = _edgePoint.X, Y = _edgePoint.Y } });
    }

    /// <summary>Where a node is drawn, relative to the graph container.</summary>
    public async Task<(float X, float Y)> RenderedPositionAsync(string id)
    {
        var xy = await Page.EvaluateAsync<float[]>(
            "id => { const n = document.querySelector('#cy')._cyreg.cy.getElementById(id); if (n.empty()) return []; const p = n.renderedPosition(); return [p.x, p.y]; }", id);
        Assert.True(xy.Length == 2, $"The page did not draw node {id}.");
        return (xy[0], xy[1]);
    }

    /// <summary>Saves a full-page screenshot as a test artifact and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = false });
        return path;
    }

    private async Task<int> GenerationAsync() => await IntAttributeAsync("data-generation");

    private async Task<int> IntAttributeAsync(string name)
    {
        var value = await Graph.GetAttributeAsync(name);
        return int.Parse(value ?? "0", CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
