using Graph.Core.Storage;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>What languages (issue 17) need of every store: each report's language written once and read wherever the report is.</summary>
public abstract partial class ReportStoreContract
{
    [Fact]
    public void AReportsLanguageIsReadBackInItsDetailTheListsAndTheDataset()
    {
        var store = CreateStore();
        var spanish = store.Save(new ReportSubmission(Text(1)), Extraction(null, Europol, Spain) with { Language = "es" });
        var english = store.Save(new ReportSubmission(Text(2)), Extraction(null, Europol, Spain));

        Assert.Equal("es", store.FindReport(spanish.ReportId)!.Summary.Language);
        Assert.Equal("en", store.FindReport(english.ReportId)!.Summary.Language);
        Assert.Equal(["en", "es"], store.ListReports().OrderBy(r => r.Id == spanish.ReportId).Select(r => r.Language));
        Assert.Equal("es", store.ListReports(null, 10).Reports.Single(r => r.Id == spanish.ReportId).Language);
        Assert.Equal("es", store.LoadDataset().Reports.Single(r => r.Id == spanish.ReportId).Language);
        Assert.Equal("es", store.EvidenceFor("agency:europol").Single(e => e.Report.Id == spanish.ReportId).Report.Language);
    }
}
