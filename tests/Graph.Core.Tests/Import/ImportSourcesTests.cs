using System.IO.Compression;
using Graph.Core.Import;

namespace Graph.Core.Tests.Import;

public sealed class ImportSourcesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-import-sources-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Zip(string name, params (string Entry, string Content)[] entries)
    {
        var path = Path.Combine(_folder, name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
            writer.Write(content);
        }

        return path;
    }

    [Fact]
    public void ArchiveEntriesThatClimbOutOrAreAbsoluteAreRefusedAndTheOthersRead()
    {
        var path = Zip("pages.zip", ("ok/report.txt", "Europol helped Spain."), ("../../etc/evil.txt", "x"), ("/abs/evil.txt", "y"), ("C:/win/evil.txt", "z"));

        // An entry is read while the archive is open, as the pipeline does, during the walk.
        var read = new List<string>();
        var entries = ImportSources.Expand([path], ImportLimits.Default)
            .Select(e =>
            {
                if (e.Refusal is null)
                {
                    using var reader = new StreamReader(e.Open());
                    read.Add(reader.ReadToEnd());
                }

                return e;
            })
            .ToList();

        Assert.Equal(4, entries.Count);
        Assert.Equal(3, entries.Count(e => e.Refusal is not null));
        Assert.Contains("climbs out", entries.Single(e => e.Name.EndsWith("evil.txt", StringComparison.Ordinal) && e.Name.Contains("..", StringComparison.Ordinal)).Refusal, StringComparison.Ordinal);
        Assert.Equal(["Europol helped Spain."], read);
    }

    [Fact]
    public void AnArchiveWithTooManyEntriesIsRefusedWhole()
    {
        var path = Zip("many.zip", [.. Enumerable.Range(0, 11).Select(i => ($"r{i}.txt", "Europol."))]);

        var refused = Assert.Single(ImportSources.Expand([path], new ImportLimits(MaxArchiveEntries: 10)));

        Assert.Equal("the archive holds 11 entries; at most 10 are allowed.", refused.Refusal);
    }

    [Fact]
    public void AnArchiveThatInflatesPastTheLimitIsRefusedBeforeAnyEntryIsRead()
    {
        // 50 MB of one letter compresses to a few kilobytes: a small bomb.
        var path = Path.Combine(_folder, "bomb.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var entry = archive.CreateEntry("bomb.txt", CompressionLevel.SmallestSize).Open())
        {
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (var i = 0; i < 50; i++)
            {
                entry.Write(block);
            }
        }

        Assert.True(new FileInfo(path).Length < 1024 * 1024);
        var refused = Assert.Single(ImportSources.Expand([path], new ImportLimits(MaxUncompressedBytes: 10 * 1024 * 1024)));
        Assert.Equal("the archive inflates to 52,428,800 bytes; at most 10,485,760 are allowed.", refused.Refusal);
    }

    [Fact]
    public void AnEntryInflatingPastItsDeclaredSizeIsStopped()
    {
        using var inflated = new MemoryStream(new byte[100]);
        using var bounded = new BoundedReadStream(inflated, 10, "entry.txt");

        var error = Assert.Throws<InvalidDataException>(() => bounded.CopyTo(Stream.Null));
        Assert.Contains("more than the 10 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FoldersAreReadRecursivelyInNameOrderAndZippedFilesTogether()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "b"));
        File.WriteAllText(Path.Combine(_folder, "b", "2.txt"), "two");
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "one");
        Zip("c.zip", ("inner.zip.txt", "three"));

        var names = ImportSources.Expand([_folder], ImportLimits.Default).Select(e => Path.GetRelativePath(_folder, e.Name)).ToList();

        Assert.Equal(["a.txt", Path.Combine("b", "2.txt"), "c.zip/inner.zip.txt"], names);
    }

    [Theory]
    [InlineData("page.html", "<p>x</p>", ImportFormat.Html)]
    [InlineData("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">", ImportFormat.Feed)]
    [InlineData("saved", "<!DOCTYPE html><html>", ImportFormat.Html)]
    [InlineData("feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", ImportFormat.Feed)]
    [InlineData("rows.csv", "text,title\nx,y", ImportFormat.Csv)]
    [InlineData("rows.jsonl", "{\"text\": \"x\"}", ImportFormat.Jsonl)]
    [InlineData("notes.txt", "Europol.", ImportFormat.Text)]
    [InlineData("style.css", "body { color: red }", null)]
    public void FormatIsToldFromExtensionAndContent(string name, string head, ImportFormat? expected)
    {
        Assert.Equal(expected, ImportFormatDetector.Detect(name, System.Text.Encoding.UTF8.GetBytes(head)));
    }

    [Fact]
    public void AGdeltExportIsRecognisedByItsSixtyOneColumnsWhateverItsName()
    {
        var head = File.ReadAllBytes(ImportFixtures.PathOf("events.export.CSV"));

        Assert.Equal(ImportFormat.Gdelt, ImportFormatDetector.Detect("20250301.export.CSV", head));
        Assert.Equal(ImportFormat.Gdelt, ImportFormatDetector.Detect("events", head));
    }
}
