using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Graph.Core.Analysis;
using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Core.Tests.Network;

namespace Graph.Core.Tests.Export;

public sealed class ExportTests
{
    private static readonly NetworkAnalysis Analysis =
        NetworkAnalysis.Of(NetworkBuilder.Build(SampleDataset.Build(), NetworkView.Actors, NetworkFilter.None));

    private static byte[] Export(ExportFormat format)
    {
        using var stream = new MemoryStream();
        NetworkExporter.Write(format, Analysis, stream);
        return stream.ToArray();
    }

    [Fact]
    public void GraphMLDeclaresTypedKeysAndCarriesEveryNodeAndEdge()
    {
        var doc = XDocument.Parse(Encoding.UTF8.GetString(Export(ExportFormat.GraphML)));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";

        var keys = doc.Root!.Elements(ns + "key").ToDictionary(k => (string)k.Attribute("attr.name")! + "/" + (string)k.Attribute("for")!, k => (string)k.Attribute("attr.type")!);
        Assert.Equal("double", keys["betweenness/node"]);
        Assert.Equal("int", keys["core/node"]);
        Assert.Equal("double", keys["weight/edge"]);
        var graph = doc.Root.Element(ns + "graph")!;
        Assert.Equal("undirected", (string)graph.Attribute("edgedefault")!);
        Assert.Equal(Analysis.Network.NodeCount, graph.Elements(ns + "node").Count());
        Assert.Equal(Analysis.Network.EdgeCount, graph.Elements(ns + "edge").Count());
        var europol = graph.Elements(ns + "node").Single(n => (string)n.Attribute("id")! == "agency:europol");
        Assert.Equal("Europol", europol.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "n_label").Value);
    }

    [Fact]
    public void GexfCarriesWeightsAndTypedAttributes()
    {
        var doc = XDocument.Parse(Encoding.UTF8.GetString(Export(ExportFormat.Gexf)));
        XNamespace ns = "http://www.gexf.net/1.2draft";

        var edge = doc.Descendants(ns + "edge").Single(e => (string)e.Attribute("id")! == "agency:europol|agency:spain-national-police");
        Assert.Equal("2", (string)edge.Attribute("weight")!);
        var types = doc.Descendants(ns + "attribute").ToDictionary(a => (string)a.Attribute("title")! + "/" + (string)a.Parent!.Attribute("class")!, a => (string)a.Attribute("type")!);
        Assert.Equal("integer", types["degree/node"]);
        Assert.Equal("double", types["pagerank/node"]);
        Assert.Equal(Analysis.Network.NodeCount, doc.Descendants(ns + "node").Count());
    }

    [Fact]
    public void CsvZipHoldsNodesAndEdgesTables()
    {
        using var zip = new ZipArchive(new MemoryStream(Export(ExportFormat.Csv)));

        Assert.Equal(["edges.csv", "nodes.csv"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("edges.csv")!.Open());
        var lines = reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source,target,weight,kind,reports,languages,events,curated", lines[0]);
        Assert.Equal(Analysis.Network.EdgeCount + 1, lines.Length);
        Assert.Contains("agency:europol,agency:spain-national-police,2,led,1;2,en,2,false", lines);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("plain", "plain")]
    public void CsvCellsAreSafeAgainstFormulaInjection(string value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Cell(value));
    }

    [Fact]
    public void NodeLabelsThatLookLikeFormulasAreNeutralisedInNodesCsv()
    {
        var dataset = SampleDataset.Build();
        var evil = dataset with
        {
            Actors = dataset.Actors.Select(a => a.Id == "agency:europol" ? a with { Name = "=cmd|'/c calc'!A0" } : a).ToArray(),
        };
        var analysis = NetworkAnalysis.Of(NetworkBuilder.Build(evil, NetworkView.Actors, NetworkFilter.None));
        using var text = new StringWriter();

        CsvWriter.WriteNodes(analysis, text);

        Assert.Contains("agency:europol,'=cmd|'/c calc'!A0,agency", text.ToString());
    }

    [Fact]
    public void CytoscapeJsonHasNodesEdgesAndStatsWithMetrics()
    {
        using var doc = JsonDocument.Parse(Export(ExportFormat.Cytoscape));
        var root = doc.RootElement;

        Assert.Equal(Analysis.Network.NodeCount, root.GetProperty("nodes").GetArrayLength());
        var data = root.GetProperty("nodes")[0].GetProperty("data");
        foreach (var field in new[] { "id", "label", "kind", "degree", "weightedDegree", "betweenness", "closeness", "pagerank", "eigenvector", "clustering", "core", "community" })
        {
            Assert.True(data.TryGetProperty(field, out _), field);
        }

        Assert.Equal(Analysis.Network.EdgeCount, root.GetProperty("stats").GetProperty("edges").GetInt32());
    }

    [Theory]
    [InlineData("graphml", ExportFormat.GraphML)]
    [InlineData("GEXF", ExportFormat.Gexf)]
    [InlineData("nodes-csv", ExportFormat.NodesCsv)]
    public void FormatNamesParse(string name, ExportFormat expected)
    {
        Assert.True(NetworkExporter.TryParse(name, out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void UnknownFormatNameIsRefused()
    {
        Assert.False(NetworkExporter.TryParse("pdf", out _));
    }
}
