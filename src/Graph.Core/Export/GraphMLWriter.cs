using System.Text;
using System.Xml;
using Graph.Core.Analysis;

namespace Graph.Core.Export;

/// <summary>
/// Writes an analysed network as GraphML with typed <c>key</c> declarations, readable by Gephi,
/// yEd and <c>networkx.read_graphml</c> (undirected; node ids are the actor ids).
/// </summary>
public static class GraphMLWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes the network to <paramref name="output"/> as UTF-8 GraphML.</summary>
    public static void Write(NetworkAnalysis analysis, Stream output)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var a in ExportSchema.Nodes)
        {
            Key(xml, "n_" + a.Name, "node", a.Name, a.Type);
        }

        foreach (var a in ExportSchema.Edges)
        {
            Key(xml, "e_" + a.Name, "edge", a.Name, a.Type);
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", ExportNames.Of(analysis.Network.View));
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var row in ExportSchema.Rows(analysis))
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", row.Node.Id);
            foreach (var a in ExportSchema.Nodes)
            {
                Data(xml, "n_" + a.Name, a.Text(row));
            }

            xml.WriteEndElement();
        }

        foreach (var edge in analysis.Network.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            foreach (var a in ExportSchema.Edges)
            {
                Data(xml, "e_" + a.Name, a.Text(edge));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string id, string domain, string name, ExportType type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type switch
        {
            ExportType.Int => "int",
            ExportType.Double => "double",
            ExportType.Boolean => "boolean",
            _ => "string",
        });
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
