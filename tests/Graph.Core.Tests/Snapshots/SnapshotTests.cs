using System.IO.Compression;
using System.Text.Json;
using Graph.Core.Curation;
using Graph.Core.Network;
using Graph.Core.Snapshots;
using Graph.Core.Tests.Curation;

namespace Graph.Core.Tests.Snapshots;

public sealed class SnapshotTests : IDisposable
{
    private const string Third = """
        Interpol and Brazil seize weapons
        Brasilia, 9 May 2024. INTERPOL coordinated an operation with the Federal Police of Brazil and the Argentine Federal Police against arms trafficking.
        """;

    private readonly CuratedStore _data = new();

    public void Dispose() => _data.Dispose();

    private static ArchiveRequest Actors => new(NetworkView.Actors, NetworkFilter.None, new Dictionary<string, string>(), "reports", "fcose", 42);

    private Dictionary<string, byte[]> Archive(string hash)
    {
        using var output = new MemoryStream();
        SnapshotArchive.Write(output, _data.Store.FindSnapshot(hash)!, _data.Store.LoadSnapshot(hash)!, Actors);
        output.Position = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var copy = new MemoryStream();
            using var entry = e.Open();
            entry.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Fact]
    public void ASnapshotArchiveReopenedAfterNewReportsYieldsTheSameGraphMLBytes()
    {
        _data.Ingest(CuratedStore.Vibora);
        _data.Ingest(CuratedStore.Harbour);
        _data.Edit(new EditInput("rename", "official name", Actor: "agency:europol", Name: "European Union Agency for Law Enforcement Cooperation"));
        var (info, created) = Snapshotter.Freeze(_data.Store, _data.Store, _data.Store, "tester");
        Assert.True(created);
        var first = Archive(info.Hash);

        _data.Ingest(Third);
        _data.Edit(new EditInput("rename", "shorter", Actor: "agency:europol", Name: "Europol (EU)"));
        var later = Archive(info.Hash);

        Assert.Equal(first["graph.graphml"], later["graph.graphml"]);
        Assert.Equal(first["evidence.csv"], later["evidence.csv"]);
        Assert.NotEqual(_data.GraphML(), first["graph.graphml"]);
        Assert.Contains("European Union Agency for Law Enforcement Cooperation", System.Text.Encoding.UTF8.GetString(first["graph.graphml"]));
        Assert.Equal(
            ["CITATION.txt", "edges.csv", "evidence.csv", "graph.gexf", "graph.graphml", "manifest.json", "nodes.csv"],
            first.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheManifestStatesHashVersionsWeightingLayoutAndEachFilesDigest()
    {
        _data.Ingest(CuratedStore.Vibora);
        var (info, _) = Snapshotter.Freeze(_data.Store, _data.Store, _data.Store, "tester");

        var files = Archive(info.Hash);
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        var root = manifest.RootElement;

        Assert.Equal(info.Hash, root.GetProperty("snapshot").GetString());
        Assert.Equal(Versions.Extraction, root.GetProperty("extractionVersion").GetString());
        Assert.Equal("reports", root.GetProperty("weighting").GetString());
        Assert.Equal("fcose", root.GetProperty("layout").GetString());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        var graphml = root.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "graph.graphml");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(files["graph.graphml"])), graphml.GetProperty("sha256").GetString());
        Assert.Contains(info.Hash, System.Text.Encoding.UTF8.GetString(files["CITATION.txt"]));
    }

    [Fact]
    public void FreezingTheSameDataTwiceNamesOneSnapshotAndANewEditNamesAnother()
    {
        _data.Ingest(CuratedStore.Vibora);
        var (first, _) = Snapshotter.Freeze(_data.Store, _data.Store, _data.Store, "tester");
        var (again, created) = Snapshotter.Freeze(_data.Store, _data.Store, _data.Store, "someone else");

        Assert.False(created);
        Assert.Equal(first, again);

        _data.Edit(new EditInput("rename", "name", Actor: "agency:europol", Name: "EU police agency"));
        var (edited, _) = Snapshotter.Freeze(_data.Store, _data.Store, _data.Store, "tester");
        Assert.NotEqual(first.Hash, edited.Hash);
        Assert.Equal(2, _data.Store.ListSnapshots().Count);
    }

    [Fact]
    public void TheEvidenceTableTracesEveryEdgeToASentenceSpanOfItsReport()
    {
        var report = _data.Ingest(CuratedStore.Vibora);
        var (info, _) = Snapshotter.Freeze(_data.Store, _data.Store, _data.Store, "tester");
        var text = _data.Store.FindReport(report)!.Text;

        var rows = System.Text.Encoding.UTF8.GetString(Archive(info.Hash)["evidence.csv"]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var table = new CsvHelper.CsvReader(new StringReader(string.Join("\n", rows)), System.Globalization.CultureInfo.InvariantCulture);
        var records = table.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(_data.Network().EdgeCount, records.Select(r => (r["source"], r["target"])).Distinct().Count());
        foreach (var r in records)
        {
            var (start, length) = (int.Parse((string)r["sentence_start"]), int.Parse((string)r["sentence_length"]));
            Assert.Equal((string)r["sentence"], text.Substring(start, length));
        }
    }
}
