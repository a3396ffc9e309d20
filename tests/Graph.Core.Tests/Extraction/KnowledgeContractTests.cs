using Graph.Core.Extraction;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Metadata;
using Graph.Core.Model;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Ties every file of <c>data/knowledge</c> to the code that reads it: every file is read, every
/// loaded list is asked for by a reader, every list the code declares is in its file, and a file
/// that breaks the contract fails the load with its file and line.
/// </summary>
public sealed class KnowledgeContractTests
{
    private static readonly string KnowledgeFolder = Path.Combine(RepositoryRoot(), "data", "knowledge");

    [Fact]
    public void EveryKnowledgeFileIsReadByTheExtractor()
    {
        var extractor = new ReportExtractor(ExtractionKnowledge.Default);
        Assert.NotEmpty(CrimeAreas.All);
        Assert.NotNull(MonthNames.Format);
        Assert.Equal("Europe", Graph.Core.Vocabulary.WorldRegions.Default.ContinentOf("FR"));

        var files = Directory.GetFiles(KnowledgeFolder).Select(Path.GetFileName).Where(f => !f!.EndsWith(".md", StringComparison.Ordinal));

        Assert.NotNull(extractor);
        Assert.All(files, file => Assert.Contains(file, KnowledgeFile.Read));
    }

    [Fact]
    public void ABodyListedTwiceAcrossTheAgencyListsFailsTheLoadAtBothLines()
    {
        string[] Line(string slug) => [slug, "Some Body", "AR", "national", ""];

        var error = Assert.Throws<InvalidDataException>(() => ExtractionKnowledge.ListedOnce(
            [("agencies.txt", 12, Line("argentina-drugs")), ("agencies.txt", 13, Line("argentina-police")), ("es/agencies.txt", 40, Line("argentina-drugs"))]));

        Assert.Equal("data/knowledge/es/agencies.txt:40: agency 'argentina-drugs' is listed again (first at data/knowledge/agencies.txt:12); list a body once.",
            error.Message);
    }

    [Fact]
    public void EveryLoadedListIsAskedForByAReader()
    {
        var knowledge = ExtractionKnowledge.Default;

        _ = new ReportExtractor(knowledge);

        Assert.All(knowledge.Lists.Keys, name => Assert.Contains(name, knowledge.ListsAskedFor));
    }

    [Fact]
    public void EveryDeclaredListIsLoadedFromItsFile()
    {
        var declared = KnowledgeList.Fixed.Concat(CrimeAreas.All.Select(KnowledgeList.CrimeArea)).Select(l => l.Name);

        Assert.Equal(declared.Order(StringComparer.Ordinal), ExtractionKnowledge.Default.Lists.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCrimeAreaOfTheDataFileIsAValidCrimeArea()
    {
        var areas = File.ReadLines(Path.Combine(KnowledgeFolder, "crime-areas.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|')[0].Trim());

        Assert.Equal(areas, CrimeAreas.All);
    }

    [Theory]
    [InlineData("numbers.txt", "arrestz | arrested", "data/knowledge/numbers.txt:2: unknown list 'arrestz'")]
    [InlineData("numbers.txt", "countries | member states", "data/knowledge/numbers.txt:2: 'member states' in list 'countries' is several words")]
    [InlineData("numbers.txt", "units | twenty", "data/knowledge/numbers.txt:2: 'twenty' in list 'units' needs a word and its value")]
    [InlineData("numbers.txt", "units | ten 11", "number word 'ten' has two values in 'units' (ten 11, ten 10)")]
    [InlineData("roles.txt", "lead | after", "data/knowledge/roles.txt:2: expected 3 non-empty")]
    [InlineData("language.txt", "arrests | arrested", "data/knowledge/language.txt:2: list 'arrests' belongs in numbers.txt")]
    [InlineData("crime-areas.txt", "cybercrime | *ware", "data/knowledge/crime-areas.txt:2: '*ware' in list 'crime:cybercrime' has a '*'")]
    public void AFileThatBreaksTheContractFailsTheLoadNamingFileAndLine(string file, string badLine, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => KnowledgeLists.Load(CrimeAreas.All, name => Rows(name, file, badLine)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AListTheCodeReadsButNoFileHoldsFailsTheLoad()
    {
        var error = Assert.Throws<InvalidDataException>(() => KnowledgeLists.Load(CrimeAreas.All, name => name.EndsWith("language.txt", StringComparison.Ordinal) ? [] : Embedded(name)));

        Assert.Contains("conjunction", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The embedded file, with <paramref name="badLine"/> as its first data line (line 2, after a comment) in <paramref name="file"/>.</summary>
    private static IEnumerable<(int Line, string[] Cells)> Rows(string name, string file, string badLine) =>
        name == file ? KnowledgeFile.Parse(new StringReader("# a bad line first\n" + badLine + "\n"), '|').Concat(Embedded(name)) : Embedded(name);

    private static IEnumerable<(int Line, string[] Cells)> Embedded(string name) => KnowledgeFile.NumberedRows(name, '|');

    private static string RepositoryRoot()
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
