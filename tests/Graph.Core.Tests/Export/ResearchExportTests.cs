using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Graph.Core.Export;
using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Network;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Graph.Core.Vocabulary;
using Microsoft.Data.Sqlite;
using Microsoft.VisualBasic.FileIO;

namespace Graph.Core.Tests.Export;

/// <summary>The dyad-period panel and the dynamic GEXF over the sample reports and one operation told three times.</summary>
public sealed class ResearchExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-research-export-").FullName;
    private readonly SqliteReportStore _store;

    public ResearchExportTests()
    {
        _store = new SqliteReportStore($"Data Source={Path.Combine(_folder, "graph.db")}");
        var ingestor = new ReportIngestor(ReportExtractor.Default, _store);
        foreach (var file in Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal))
        {
            ingestor.Ingest(SampleReportFile.Parse(File.ReadAllText(file)));
        }

        ingestor.Ingest(new ReportSubmission("Operation Pangea XVI was coordinated by INTERPOL with police from Spain, France and Italy.", Date: new DateOnly(2023, 10, 10)));
        ingestor.Ingest(new ReportSubmission("Spanish and Italian police took part in Operation Pangea 16 with INTERPOL.", Date: new DateOnly(2023, 10, 12)));
        ingestor.Ingest(new ReportSubmission("France joined Operation Pangea XVI, led by INTERPOL with officers from Spain.", Date: new DateOnly(2023, 10, 20)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(PanelPeriod.Year, false, false)]
    [InlineData(PanelPeriod.Month, true, true)]
    public void ThePanelReadBackWithACsvReaderSumsToTheOperationsEachPairShares(PanelPeriod period, bool directed, bool zeros)
    {
        var rows = ReadBack(DyadPanel.Rows(_store.LoadDataset(), new PanelOptions(period, directed, zeros)));

        // Each breakdown of a dyad-period adds up to its operations row.
        foreach (var cell in rows.GroupBy(r => (r[0], r[1], r[2])))
        {
            var total = cell.Where(r => r[3] == "operations").Sum(r => int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var variable in new[] { "crime_area", "role", "source" })
            {
                Assert.Equal(total, cell.Where(r => r[3] == variable).Sum(r => int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        // Over all periods, a pair's operations are the stored operations in which both countries take part.
        var expected = SharedOperations();
        Assert.NotEmpty(expected);
        foreach (var ((a, b), count) in expected)
        {
            Assert.Equal(count, rows.Where(r => r[0] == a && r[1] == b && r[3] == "operations").Sum(r => int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(expected.Count * (directed ? 2 : 1), rows.Where(r => r[3] == "operations" && r[5] != "0").Select(r => (r[0], r[1])).Distinct().Count());
        Assert.Equal(zeros, rows.Any(r => r[5] == "0"));
    }

    [Fact]
    public void TheDynamicGexfValidatesAgainstTheGexf13Schema()
    {
        using var buffer = new MemoryStream();
        DynamicGexfWriter.Write(_store.LoadDataset(), NetworkView.Countries, buffer);
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Export", "Gexf13", "gexf.xsd"));
        var errors = new List<string>();
        buffer.Position = 0;
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using (var reader = XmlReader.Create(buffer, settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
        buffer.Position = 0;
        var gexf = XDocument.Load(buffer);
        XNamespace ns = DynamicGexfWriter.Namespace;
        // Ireland and Italy meet only in Pangea XVI (Spain and France now share several sample operations).
        var pangea = gexf.Descendants(ns + "edge").Single(e => (string?)e.Attribute("id") == "country:IE|country:IT");
        Assert.Equal("1", (string?)pangea.Attribute("weight"));
        var spell = Assert.Single(pangea.Descendants(ns + "spell"));
        // One operation (the sample report on Pangea XVI joins the three above): one spell, its first to its last report.
        var operation = _store.ListOperations().Select(id => _store.FindOperation(id)!).Single(o => o.Sources.Count >= 3 && o.Name!.Contains("Pangea", StringComparison.Ordinal));
        Assert.Equal((IsoDate.Format(operation.FirstDate), IsoDate.Format(operation.LastDate)), ((string?)spell.Attribute("start"), (string?)spell.Attribute("end")));
    }

    private static List<string[]> ReadBack(IReadOnlyList<PanelRow> panel)
    {
        using var buffer = new MemoryStream();
        PanelCsvWriter.Write(panel, buffer);
        buffer.Position = 0;
        using var parser = new TextFieldParser(buffer) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        Assert.Equal(PanelCsvWriter.Columns, parser.ReadFields());
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    private Dictionary<(string, string), int> SharedOperations()
    {
        var countryOf = _store.ListActors().Where(a => a.CountryCode is not null).ToDictionary(a => a.Id, a => a.CountryCode!);
        var shared = new Dictionary<(string, string), int>();
        foreach (var id in _store.ListOperations())
        {
            var operation = _store.FindOperation(id)!;
            if (operation.FirstDate is null)
            {
                continue;
            }

            var codes = operation.Participants.Select(p => countryOf.GetValueOrDefault(p)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < codes.Count; i++)
            {
                for (var j = i + 1; j < codes.Count; j++)
                {
                    shared[(codes[i], codes[j])] = shared.GetValueOrDefault((codes[i], codes[j])) + 1;
                }
            }
        }

        return shared;
    }
}
