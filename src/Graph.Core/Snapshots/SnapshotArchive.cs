using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Graph.Core.Analysis;
using Graph.Core.Export;
using Graph.Core.Network;

namespace Graph.Core.Snapshots;

/// <summary>
/// One zip a researcher can deposit with a paper: the snapshot's view as GraphML, GEXF and CSV node and
/// edge tables, the evidence table (edge → report → sentence span → URL), <c>manifest.json</c> (hash,
/// versions, filters, weighting, layout and seed, times, each file's SHA-256) and <c>CITATION.txt</c>.
/// Built from the frozen dataset only, so the data files are the same bytes whenever it is asked for;
/// only the archive time in the manifest changes.
/// </summary>
public static class SnapshotArchive
{
    /// <summary>Writes the archive of <paramref name="request"/>'s view of the snapshot to <paramref name="output"/>.</summary>
    public static void Write(Stream output, SnapshotInfo info, FrozenDataset frozen, ArchiveRequest request)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(frozen);
        ArgumentNullException.ThrowIfNull(request);
        var network = NetworkBuilder.Build(frozen.Curated(), request.View, request.Filter);
        var analysis = NetworkAnalysis.Of(network);
        var files = new List<(string Name, byte[] Bytes)>
        {
            ("graph.graphml", Bytes(s => GraphMLWriter.Write(analysis, s))),
            ("graph.gexf", Bytes(s => GexfWriter.Write(analysis, s))),
            ("nodes.csv", Text(w => CsvWriter.WriteNodes(analysis, w))),
            ("edges.csv", Text(w => CsvWriter.WriteEdges(analysis, w))),
            ("evidence.csv", Text(w => EvidenceTableWriter.Write(network, w))),
        };
        var share = ShareQuery(info, request);
        files.Add(("manifest.json", Manifest(info, request, analysis, files, share)));
        files.Add(("CITATION.txt", new UTF8Encoding(false).GetBytes(SnapshotCitation.Of(info, request, share))));

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in files)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = info.Created;
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    /// <summary>The query string that reopens this view of the snapshot in the page or the API.</summary>
    public static string ShareQuery(SnapshotInfo info, ArchiveRequest request)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(request);
        var pairs = new List<(string, string)> { ("snapshot", info.Hash), ("view", ExportNames.Of(request.View)) };
        pairs.AddRange(request.Filters.Where(f => f.Key != "view").Select(f => (f.Key, f.Value)));
        if (request.Layout is { } layout)
        {
            pairs.Add(("layout", layout));
        }

        if (request.Seed is { } seed)
        {
            pairs.Add(("seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
    }

    private static byte[] Manifest(SnapshotInfo info, ArchiveRequest request, NetworkAnalysis analysis, List<(string Name, byte[] Bytes)> files, string share)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("snapshot", info.Hash);
            json.WriteString("snapshotCreated", info.Created.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("archiveCreated", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("frozenBy", info.Author);
            json.WriteString("softwareVersion", info.SoftwareVersion);
            json.WriteString("extractionVersion", info.ExtractionVersion);
            json.WriteNumber("reports", info.Reports);
            json.WriteNumber("edits", info.Edits);
            json.WriteString("view", ExportNames.Of(request.View));
            json.WriteStartObject("filters");
            foreach (var (name, value) in request.Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
            json.WriteString("weighting", request.Weighting);
            WriteOptional(json, "layout", request.Layout);
            if (request.Seed is { } seed)
            {
                json.WriteNumber("seed", seed);
            }
            else
            {
                json.WriteNull("seed");
            }

            json.WriteNumber("nodes", analysis.Stats.Nodes);
            json.WriteNumber("edges", analysis.Stats.Edges);
            json.WriteString("share", "/?" + share);
            json.WriteStartArray("files");
            foreach (var (name, bytes) in files)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteNumber("bytes", bytes.Length);
                json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(bytes)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return output.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return output.ToArray();
    }

    private static byte[] Text(Action<TextWriter> write)
    {
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true))
        {
            write(writer);
        }

        return output.ToArray();
    }
}
