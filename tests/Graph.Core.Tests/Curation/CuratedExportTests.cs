using System.Xml.Linq;
using Graph.Core.Analysis;
using Graph.Core.Curation;
using Graph.Core.Export;
using Graph.Core.Network;

namespace Graph.Core.Tests.Curation;

public sealed class CuratedExportTests : IDisposable
{
    private readonly CuratedStore _data = new();

    public void Dispose() => _data.Dispose();

    private NetworkAnalysis Merged()
    {
        _data.Ingest(CuratedStore.Vibora);
        _data.Ingest(CuratedStore.Harbour);
        var merged = _data.Network().Nodes.First(n => n.Kind == NodeKind.Agency && n.Id != "agency:europol").Id;
        _data.Edit(new EditInput("merge", "one body", Actor: "agency:europol", Other: merged));
        return NetworkAnalysis.Of(_data.Network());
    }

    [Fact]
    public void GraphMLAndGexfCarryTheCuratedMarkOnNodesAndEdges()
    {
        var analysis = Merged();
        using var graphml = new MemoryStream();
        using var gexf = new MemoryStream();
        GraphMLWriter.Write(analysis, graphml);
        GexfWriter.Write(analysis, gexf);

        var ml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(graphml.ToArray()));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        string? Data(XElement e, string key) => e.Elements(g + "data").FirstOrDefault(d => (string?)d.Attribute("key") == key)?.Value;
        var europol = ml.Descendants(g + "node").Single(n => (string?)n.Attribute("id") == "agency:europol");
        Assert.Equal("true", Data(europol, "n_curated"));
        Assert.Contains(ml.Descendants(g + "node"), n => Data(n, "n_curated") == "false");
        Assert.Equal(analysis.Network.Edges.Count(e => e.Curated), ml.Descendants(g + "edge").Count(e => Data(e, "e_curated") == "true"));
        Assert.Contains(analysis.Network.Edges, e => e.Curated);

        var gx = XDocument.Parse(System.Text.Encoding.UTF8.GetString(gexf.ToArray()));
        XNamespace x = "http://www.gexf.net/1.2draft";
        var nodeCurated = gx.Descendants(x + "attributes").Single(a => (string?)a.Attribute("class") == "node")
            .Elements(x + "attribute").Single(a => (string?)a.Attribute("title") == "curated").Attribute("id")!.Value;
        var node = gx.Descendants(x + "node").Single(n => (string?)n.Attribute("id") == "agency:europol");
        Assert.Equal("true", node.Descendants(x + "attvalue").Single(v => (string?)v.Attribute("for") == nodeCurated).Attribute("value")!.Value);
    }

    [Fact]
    public void CsvTablesHaveACuratedColumn()
    {
        var analysis = Merged();
        using var nodes = new StringWriter();
        using var edges = new StringWriter();
        CsvWriter.WriteNodes(analysis, nodes);
        CsvWriter.WriteEdges(analysis, edges);

        var nodeRows = nodes.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var column = Array.IndexOf(nodeRows[0], "curated");
        Assert.Equal("true", nodeRows.Single(r => r[0] == "agency:europol")[column]);
        var edgeRows = edges.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal(analysis.Network.Edges.Count(e => e.Curated), edgeRows.Skip(1).Count(r => r[^1] == "true"));
    }
}
