namespace Graph.Browser.Tests;

/// <summary>Labels keep one size on screen through zooming, and the hub keeps its label when zooming in.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class LabelZoomTests(ExplorerServer server)
{
    // Each drawn label's font size on screen (model size × zoom), and whether the hub is labelled.
    private const string ReadLabels =
        "() => { const cy = document.querySelector('#cy')._cyreg.cy;" +
        " const hub = cy.nodes(':visible').sort((x, y) => y.data('weightedDegree') - x.data('weightedDegree') || (x.id() < y.id() ? -1 : 1))[0];" +
        " const shown = cy.nodes(':visible').filter(n => !n.hasClass('unlabelled') && n.style('label'));" +
        " return { zoom: cy.zoom(), sizes: shown.map(n => parseFloat(n.style('font-size')) * cy.zoom()), hubLabelled: !hub.hasClass('unlabelled') && Boolean(hub.style('label')) }; }";

    [Theory]
    [InlineData(3.0)]
    [InlineData(0.25)]
    public async Task LabelsKeepTheirSizeOnScreenAfterAZoomAndTheHubStaysLabelledZoomingIn(double factor)
    {
        await using var explorer = await server.OpenAsync();
        var before = await explorer.Page.EvaluateAsync<LabelSizes>(ReadLabels);
        Assert.NotEmpty(before.Sizes);

        // Zoom about the hub, so it stays on screen, then wait for the page to fit the labels again.
        await explorer.Page.EvaluateAsync(
            "f => { const cy = document.querySelector('#cy')._cyreg.cy;" +
            " const hub = cy.nodes(':visible').sort((x, y) => y.data('weightedDegree') - x.data('weightedDegree') || (x.id() < y.id() ? -1 : 1))[0];" +
            " cy.zoom({ level: cy.zoom() * f, renderedPosition: hub.renderedPosition() }); }", factor);
        await explorer.Page.WaitForFunctionAsync(
            "() => { const cy = document.querySelector('#cy')._cyreg.cy; const shown = cy.nodes(':visible').filter(n => !n.hasClass('unlabelled') && n.style('label'));" +
            " return shown.length > 0 && shown.every(n => Math.abs(parseFloat(n.style('font-size')) * cy.zoom() / 12 - 1) < 0.15); }");

        var after = await explorer.Page.EvaluateAsync<LabelSizes>(ReadLabels);
        await explorer.ScreenshotAsync($"34-labels-at-zoom-{factor}");
        Assert.NotEqual(before.Zoom, after.Zoom);
        Assert.All(after.Sizes, size => Assert.InRange(size, 12 / 1.13, 12 * 1.13));
        // Zoomed out, a label keeps its size on screen while the nodes shrink, so the hub's may find no
        // side free of other nodes: it is then left out, as any label that does not fit.
        if (factor > 1)
        {
            Assert.True(after.HubLabelled, $"At zoom {after.Zoom:F2} the hub has no label drawn.");
        }
    }

    private sealed class LabelSizes
    {
        public double Zoom { get; set; }

        public double[] Sizes { get; set; } = [];

        public bool HubLabelled { get; set; }
    }
}
