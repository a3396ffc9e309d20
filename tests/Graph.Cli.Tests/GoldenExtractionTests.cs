using System.Text;

namespace Graph.Cli.Tests;

/// <summary>
/// Pins what <c>graph extract</c> finds in the shipped sample reports and in every annotated
/// development corpus (<c>tests/corpus/*/dev</c>; held-out corpora are never read): the output must
/// equal the committed <c>tests/golden/*.ndjson</c> byte for byte. An intended change is accepted by
/// running <c>scripts/regen-golden.sh</c> and reviewing its diff.
/// </summary>
public sealed class GoldenExtractionTests
{
    private const string Regenerate = "If the change is intended, run scripts/regen-golden.sh and review its diff.";

    private static readonly string Root = FindRepositoryRoot();

    /// <summary>The report folders with golden output, relative to the repository root, '/'-separated.</summary>
    public static TheoryData<string> Folders() => [.. FolderList()];

    private static List<string> FolderList()
    {
        var folders = new List<string> { "data/reports" };
        var corpora = Path.Combine(Root, "tests", "corpus");
        if (Directory.Exists(corpora))
        {
            foreach (var corpus in Directory.GetDirectories(corpora).Order(StringComparer.Ordinal))
            {
                if (Directory.Exists(Path.Combine(corpus, "dev")))
                {
                    folders.Add($"tests/corpus/{Path.GetFileName(corpus)}/dev");
                }
            }
        }

        return folders;
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public async Task ExtractOutputEqualsTheCommittedGoldenFile(string folder)
    {
        var golden = GoldenPath(folder);
        Assert.True(File.Exists(golden), $"{folder} has no golden output ({Relative(golden)}). {Regenerate}");

        var run = await CommandLine.RunInAsync(Root, "extract", folder);

        Assert.True(run.ExitCode == 0, $"graph extract {folder} failed: {run.Error}");
        var difference = FirstDifference(await File.ReadAllTextAsync(golden), run.Output);
        Assert.True(difference is null, $"graph extract {folder} differs from {Relative(golden)}:\n{difference}\n{Regenerate}");
    }

    [Fact]
    public void EveryGoldenFileBelongsToAFolderThatStillExists()
    {
        var expected = FolderList().Select(GoldenPath).ToHashSet(StringComparer.Ordinal);

        var stale = Directory.GetFiles(Path.Combine(Root, "tests", "golden"), "*.ndjson").Where(f => !expected.Contains(f)).Select(Relative);

        Assert.True(!stale.Any(), $"golden files without their report folder: {string.Join(", ", stale)}. {Regenerate}");
    }

    private static string GoldenPath(string folder) => Path.Combine(Root, "tests", "golden", folder.Replace('/', '-') + ".ndjson");

    private static string Relative(string path) => Path.GetRelativePath(Root, path);

    /// <summary>The first report whose line differs, with the two lines around the first differing character; null when equal.</summary>
    private static string? FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var got = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            if (i >= want.Length || i >= got.Length)
            {
                return $"line {i + 1}: golden has {want.Length} reports, output has {got.Length}; first unmatched: {Source(i < want.Length ? want[i] : got[i])}";
            }

            if (want[i] != got[i])
            {
                var at = 0;
                while (at < want[i].Length && at < got[i].Length && want[i][at] == got[i][at])
                {
                    at++;
                }

                var from = Math.Max(0, at - 80);
                return new StringBuilder()
                    .AppendLine($"line {i + 1} ({Source(want[i])}), first difference at character {at}:")
                    .AppendLine($"  golden: …{Excerpt(want[i], from)}")
                    .Append($"  output: …{Excerpt(got[i], from)}")
                    .ToString();
            }
        }

        return null;
    }

    private static string Excerpt(string line, int from) => line.Substring(from, Math.Min(200, line.Length - from));

    private static string Source(string line)
    {
        const string key = "\"source\":\"";
        var start = line.IndexOf(key, StringComparison.Ordinal);
        return start < 0 ? "unknown source" : line[(start + key.Length)..line.IndexOf('"', start + key.Length)];
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
