using Graph.Core.Import;
using Graph.Core.Model;

namespace Graph.Core.Tests.Import;

public sealed class GdeltEventReaderTests
{
    private static List<ImportItem> Rows() => ImportFixtures.Read(ImportFormat.Gdelt, "events.export.CSV");

    [Fact]
    public void KeepsCooperationBetweenTwoDifferentCountriesAndSkipsTheRest()
    {
        var rows = Rows();

        Assert.Equal(9, rows.Count);
        Assert.Equal([1001L, 1002, 1006, 1008], rows.Where(r => r.Submission is not null).Select(r => r.Submission!.Coded!.GlobalEventId));
        // Domestic (USA–USA), regional (EUR), conflict (root 19) and country-less rows are passed over, not refused.
        Assert.Equal(["line 3", "line 4", "line 5", "line 9"], rows.Where(r => r.IsSkipped).Select(r => r.Place));
        var cut = Assert.Single(rows, r => r.Refusal is not null);
        Assert.Equal(("line 7", "the row has 3 tab-separated columns; a GDELT 2.0 event has 61."), (cut.Place, cut.Refusal));
    }

    [Fact]
    public void EventCodesKeepTheirLeadingZeros()
    {
        var coded = Rows().Where(r => r.Submission is not null).Select(r => r.Submission!.Coded!).ToList();

        Assert.Equal(["063", "042", "064", "0311"], coded.Select(c => c.EventCode));
        Assert.Equal("judicial cooperation", coded[0].EventLabel);
        Assert.Equal("intelligence or information sharing", coded[2].EventLabel);
        Assert.Equal("intent to cooperate materially", coded[3].EventLabel);
    }

    [Fact]
    public void CameoCountryCodesMapToIsoAlpha2ThroughTheCrosswalk()
    {
        var judicial = Rows()[0].Submission!;
        var visit = Rows()[1].Submission!;

        Assert.Equal(("US", "FR"), (judicial.Coded!.Country1, judicial.Coded.Country2));
        Assert.Equal(("RO", "DE"), (visit.Coded!.Country1, visit.Coded.Country2)); // CAMEO ROM, not ISO ROU
        Assert.Equal("RO", CameoCodes.Default.Country("ROM"));
        Assert.Equal("GB", CameoCodes.Default.Country("GBR"));
        Assert.Null(CameoCodes.Default.Country("EUR"));
        Assert.Null(CameoCodes.Default.Country("UNK"));
    }

    [Fact]
    public void EachKeptRowIsACodedEventWithItsAttributesAndNoSentence()
    {
        var submission = Rows()[0].Submission!;
        var extraction = CodedEventReport.Extraction(submission, CameoCodes.Default);

        Assert.Equal(SourceKind.Coded, submission.Source);
        Assert.Equal(new DateOnly(2025, 3, 1), submission.Date);
        Assert.Equal("https://news.example.org/us-fr-judicial", submission.Url);
        Assert.Equal((2, 6.0, 12), (submission.Coded!.QuadClass, submission.Coded.GoldsteinScale, submission.Coded.NumMentions));
        Assert.StartsWith("Coded by GDELT (event 1001): United States and France, judicial cooperation (CAMEO 063)", submission.Text, StringComparison.Ordinal);
        var cooperation = Assert.Single(extraction.Events);
        Assert.Equal(["country:US", "country:FR"], cooperation.ParticipantIds);
    }

    [Fact]
    public void EveryImportTableNamesItsSourceAndIsReadByTheCode()
    {
        var folder = Path.Combine(Graph.Core.RepositoryLayout.Root, "data", "import");
        var files = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(ImportData.Files.Order(StringComparer.Ordinal), files);
        foreach (var file in files)
        {
            Assert.Contains("Source", File.ReadAllText(Path.Combine(folder, file)), StringComparison.Ordinal);
            Assert.NotEmpty(ImportData.Rows(file));
        }
    }
}
