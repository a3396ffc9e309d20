using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Reads and clicks on the explorer that the fixes of issue 15 need beyond <see cref="ExplorerPage"/>.</summary>
public static class PageProbe
{
    /// <summary>
    /// Clicks, as a user would, one of <paramref name="candidates"/> (edge ids; any edge when null) at a
    /// point where the renderer's own hit test finds that edge alone, and returns its id.
    /// </summary>
    public static async Task<string> ClickLoneEdgeAsync(this ExplorerPage explorer, IReadOnlyCollection<string>? candidates = null)
    {
        var (id, point) = await LoneEdgeAsync(explorer, candidates);
        await explorer.Graph.ClickAsync(new() { Position = point });
        return id;
    }

    /// <summary>
    /// One of <paramref name="candidates"/> (any edge when null), the heaviest first, with a point on it
    /// where the renderer's own hit test finds that edge and nothing else, also 3 px to every side.
    /// </summary>
    public static async Task<(string Id, Position Point)> LoneEdgeAsync(this ExplorerPage explorer, IReadOnlyCollection<string>? candidates = null)
    {
        var found = await explorer.Page.EvaluateAsync<string>(
            "ids => { const cy = document.querySelector('#cy')._cyreg.cy; const r = cy.renderer(); const z = cy.zoom(), pan = cy.pan(), w = cy.width(), h = cy.height();" +
            " const edges = cy.edges(':visible').filter(e => !ids || ids.includes(e.id())).sort((a, b) => b.data('weight') - a.data('weight'));" +
            " for (const e of edges) { const s = e.source().position(), t = e.target().position();" +
            "  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {" +
            "   const x = s.x + (t.x - s.x) * f, y = s.y + (t.y - s.y) * f, rx = x * z + pan.x, ry = y * z + pan.y;" +
            "   if (rx < 10 || ry < 10 || rx > w - 10 || ry > h - 10) continue;" +
            "   const d = 3 / z; if ([[0, 0], [d, 0], [-d, 0], [0, d], [0, -d]].every(([dx, dy]) => r.findNearestElement(x + dx, y + dy, true, false) === e)) return e.id() + ' ' + rx + ' ' + ry; } }" +
            " return ''; }",
            candidates?.ToArray());
        Assert.False(string.IsNullOrEmpty(found), "No candidate edge can be clicked on its own.");
        var parts = found.Split(' ');
        return (parts[0], new Position { X = float.Parse(parts[1], CultureInfo.InvariantCulture), Y = float.Parse(parts[2], CultureInfo.InvariantCulture) });
    }

    /// <summary>The texts of the dates shown beside each piece of evidence in the details panel.</summary>
    public static async Task<string[]> EvidenceDatesAsync(this ExplorerPage explorer) =>
        [.. (await explorer.Details.Locator(".evidence > div > span").AllTextContentsAsync()).Select(t => t.Replace("—", "", StringComparison.Ordinal).Trim())];

    /// <summary>Evaluates a script over the Cytoscape instance (<c>cy</c>) and returns its result.</summary>
    public static async Task<T> CyAsync<T>(this ExplorerPage explorer, string body, object? argument = null) =>
        await explorer.Page.EvaluateAsync<T>($"a => {{ const cy = document.querySelector('#cy')._cyreg.cy; {body} }}", argument);

    /// <summary>The distinct report dates the timeline holds, in order.</summary>
    public static async Task<string[]> ReportDatesAsync(this ExplorerServer server)
    {
        var timeline = JsonNode.Parse(await server.Api.GetStringAsync("/api/timeline"))!.AsArray();
        return [.. timeline.Select(t => t!["date"]?.ToString()).OfType<string>().Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The error banner's text, or null when it is hidden.</summary>
    public static async Task<string?> ErrorBannerAsync(this ExplorerPage explorer) =>
        await explorer.Page.EvaluateAsync<string?>("() => { const e = document.getElementById('error'); return e.hidden ? null : e.textContent; }");
}
