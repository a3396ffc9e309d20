using System.Globalization;
using System.Text;
using System.Xml;
using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;

namespace Graph.Core.Export;

/// <summary>
/// Writes a one-mode view as a dynamic GEXF 1.3 file whose timeline Gephi plays: each node and edge
/// carries spells, one per stretch of days in which operations it took part in ran (an operation runs
/// from its earliest to its latest report; overlapping stretches are joined), and its weight is the
/// number of distinct operations. Operations with no dated report cannot be placed in time and are left
/// out, as the file's description says.
/// </summary>
public static class DynamicGexfWriter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public const string Namespace = "http://gexf.net/1.3";

    /// <summary>Writes the view of <paramref name="dataset"/> to <paramref name="output"/> as UTF-8.</summary>
    /// <exception cref="ArgumentException">The view is the two-mode view, which has no dynamic form here.</exception>
    public static void Write(CooperationDataset dataset, NetworkView view, Stream output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!Projection.Views.Contains(view))
        {
            throw new ArgumentException($"The dynamic GEXF is written for the actors, countries and agencies views, not '{ExportNames.Of(view)}'.", nameof(view));
        }

        var actors = dataset.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var nodes = new Dictionary<string, List<(DateOnly, DateOnly)>>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), (List<(DateOnly, DateOnly)> Spells, int Operations)>();
        foreach (var operation in OperationRecord.Of(dataset).Where(o => o.First is not null))
        {
            var spell = (operation.First!.Value, operation.Last!.Value);
            var members = operation.Participants.Keys
                .Select(id => actors.TryGetValue(id, out var a) ? Projection.NodeOf(view, id, new ActorFacts(a.Kind, a.CountryCode, a.Name)) : null)
                .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var node in members)
            {
                (nodes.TryGetValue(node, out var list) ? list : nodes[node] = []).Add(spell);
            }

            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var held = edges.TryGetValue((members[i], members[j]), out var e) ? e : ([], 0);
                    held.Spells.Add(spell);
                    edges[(members[i], members[j])] = (held.Spells, held.Operations + 1);
                }
            }
        }

        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "Graph — the international-cooperation graph explorer");
        xml.WriteElementString("description", Namespace,
            $"Cooperation network, {ExportNames.Of(view)} view, over time: spells run from an operation's first to its last report; weights count operations; undated operations are left out.");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("defaultedgetype", "undirected");
        xml.WriteAttributeString("timeformat", "date");
        xml.WriteAttributeString("timerepresentation", "interval");
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", "node");
        xml.WriteAttributeString("mode", "static");
        xml.WriteStartElement("attribute", Namespace);
        xml.WriteAttributeString("id", "kind");
        xml.WriteAttributeString("title", "kind");
        xml.WriteAttributeString("type", "string");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("nodes", Namespace);
        foreach (var (id, spells) in nodes.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("label", actors.TryGetValue(id, out var actor) ? actor.Name : id["country:".Length..].ToUpperInvariant());
            xml.WriteStartElement("attvalues", Namespace);
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", "kind");
            xml.WriteAttributeString("value", actor?.Kind == ActorKind.Agency ? "agency" : "country");
            xml.WriteEndElement();
            xml.WriteEndElement();
            Spells(xml, spells);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        foreach (var ((source, target), (spells, operations)) in edges.OrderBy(e => e.Key.Item1, StringComparer.Ordinal).ThenBy(e => e.Key.Item2, StringComparer.Ordinal))
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", source + "|" + target);
            xml.WriteAttributeString("source", source);
            xml.WriteAttributeString("target", target);
            xml.WriteAttributeString("weight", operations.ToString(CultureInfo.InvariantCulture));
            Spells(xml, spells);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The stretches of time, overlapping or touching ones joined, in order.</summary>
    internal static List<(DateOnly Start, DateOnly End)> Join(IEnumerable<(DateOnly Start, DateOnly End)> spells)
    {
        var joined = new List<(DateOnly Start, DateOnly End)>();
        foreach (var (start, end) in spells.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (joined.Count > 0 && start <= joined[^1].End.AddDays(1))
            {
                joined[^1] = (joined[^1].Start, end > joined[^1].End ? end : joined[^1].End);
            }
            else
            {
                joined.Add((start, end));
            }
        }

        return joined;
    }

    private static void Spells(XmlWriter xml, IEnumerable<(DateOnly, DateOnly)> spells)
    {
        xml.WriteStartElement("spells", Namespace);
        foreach (var (start, end) in Join(spells))
        {
            xml.WriteStartElement("spell", Namespace);
            xml.WriteAttributeString("start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("end", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
