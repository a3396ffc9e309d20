using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Storage.Contract;

public abstract partial class ReportStoreContract
{
    [Fact]
    public void AReportCountsOncePerGroupOfCountriesWhateverNumberOfItsCountriesLieThere()
    {
        var store = CreateStore();
        store.Save(new ReportSubmission(Text(1)), Extraction("cybercrime", GuardiaCivil, Spain));
        store.Save(new ReportSubmission(Text(2)), Extraction(null, Europol));
        store.Save(new ReportSubmission(Text(3)), Extraction("drug-trafficking", Spain, France, Europol));
        store.Save(new ReportSubmission(Text(4)), Extraction(null, France));
        IReadOnlyDictionary<string, string> sides = new Dictionary<string, string> { ["ES"] = "south", ["FR"] = "west" };
        IReadOnlyDictionary<string, string> continent = new Dictionary<string, string> { ["ES"] = "europe", ["FR"] = "europe" };

        var counts = store.CountReportsByCountryGroups([sides, continent, new Dictionary<string, string>()]);

        Assert.Equal(3, counts.Count);
        Assert.Equal(new Dictionary<string, int> { ["south"] = 2, ["west"] = 2 }, counts[0]);
        Assert.Equal(new Dictionary<string, int> { ["europe"] = 3 }, counts[1]);
        Assert.Empty(counts[2]);
    }
}
