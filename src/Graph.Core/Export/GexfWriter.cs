using System.Text;
using System.Xml;
using Graph.Core.Analysis;

namespace Graph.Core.Export;

/// <summary>
/// Writes an analysed network as GEXF 1.2 (Gephi's native format, also read by
/// <c>networkx.read_gexf</c>): typed node and edge attributes, edge weights, undirected.
/// </summary>
public static class GexfWriter
{
    private const string Namespace = "http://www.gexf.net/1.2draft";

    /// <summary>Writes the network to <paramref name="output"/> as UTF-8 GEXF.</summary>
    public static void Write(NetworkAnalysis analysis, Stream output)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "Graph — the international-cooperation graph explorer");
        xml.WriteElementString("description", Namespace, $"Cooperation network, {ExportNames.Of(analysis.Network.View)} view");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "undirected");
        var nodeAttributes = ExportSchema.Nodes.Where(a => a.Name != "label").ToArray();
        var edgeAttributes = ExportSchema.Edges.Where(a => a.Name != "weight").ToArray();
        Declare(xml, "node", nodeAttributes.Select(a => (a.Name, a.Type)));
        Declare(xml, "edge", edgeAttributes.Select(a => (a.Name, a.Type)));
        xml.WriteStartElement("nodes", Namespace);
        foreach (var row in ExportSchema.Rows(analysis))
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", row.Node.Id);
            xml.WriteAttributeString("label", row.Node.Label);
            Values(xml, nodeAttributes.Select(a => a.Text(row)).ToArray());
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        foreach (var edge in analysis.Network.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            xml.WriteAttributeString("weight", ExportSchema.Edges[0].Text(edge));
            Values(xml, edgeAttributes.Select(a => a.Text(edge)).ToArray());
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Declare(XmlWriter xml, string domain, IEnumerable<(string Name, ExportType Type)> attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", domain);
        var i = 0;
        foreach (var (name, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", (i++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", type switch
            {
                ExportType.Int => "integer",
                ExportType.Double => "double",
                ExportType.Boolean => "boolean",
                _ => "string",
            });
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Values(XmlWriter xml, IReadOnlyList<string?> values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                xml.WriteStartElement("attvalue", Namespace);
                xml.WriteAttributeString("for", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("value", value);
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }
}
