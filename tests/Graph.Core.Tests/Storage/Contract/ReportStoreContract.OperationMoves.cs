using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>
/// A report dated before the operation it joins grows the operation in place, moving its monthly rows
/// to the new month and lowering its first appearances: whether it lands in an earlier month, earlier in
/// the same month or on the first date itself, brings new nodes and pairs or only repeats them, joins an
/// operation of one event or of several, written one by one or in a batch, the tallies of every view
/// equal those a relink counts.
/// </summary>
public abstract partial class ReportStoreContract
{
    private static readonly Actor Gendarmerie = new("agency:gendarmerie", ActorKind.Agency, "Gendarmerie", "FR", []);
    private static readonly Actor France = new("country:FR", ActorKind.Country, "France", "FR", []);

    [Theory]
    [InlineData("earlier month, new nodes and pairs", false)]
    [InlineData("earlier month, new nodes and pairs", true)]
    [InlineData("earlier month, repeated nodes and pairs", false)]
    [InlineData("earlier month, repeated nodes and pairs", true)]
    [InlineData("same month, earlier day", false)]
    [InlineData("same month, earlier day", true)]
    [InlineData("the first date itself", false)]
    [InlineData("the first date itself", true)]
    [InlineData("earlier twice, into an operation of one event", false)]
    [InlineData("earlier twice, into an operation of one event", true)]
    public void AReportDatedBeforeItsOperationLeavesTheTalliesARelinkCounts(string join, bool batched)
    {
        var store = CreateStore();
        var reports = new List<(ReportSubmission, ReportExtraction)>();
        void Add(int month, int day, string name, string area, params Actor[] actors)
        {
            var extraction = Extraction(area, actors);
            reports.Add((new ReportSubmission(Text(reports.Count + 1), Date: new DateOnly(2024, month, day)),
                extraction with { Events = [extraction.Events[0] with { Name = name }] }));
        }

        Add(3, 5, "Operation Kilo", "fraud", Europol, GuardiaCivil, Spain);
        Add(3, 20, "Operation Kilo", "fraud", GuardiaCivil, Europol, Interpol);
        // Alone in their operations, keeping no copy of their tallies: the rows Kilo leaves March with go to them.
        Add(3, 25, "Operation November", "fraud", Europol, GuardiaCivil);
        Add(3, 28, "Operation Papa", "drugs", Interpol, Spain);
        Add(4, 2, "Operation Lima", "drugs", Europol, Spain);
        switch (join)
        {
            case "earlier month, new nodes and pairs":
                Add(2, 10, "Operation Kilo", "drugs", Gendarmerie, Europol, France);
                break;
            case "earlier month, repeated nodes and pairs":
                Add(2, 10, "Operation Kilo", "fraud", GuardiaCivil, Europol);
                break;
            case "same month, earlier day":
                Add(3, 1, "Operation Kilo", "fraud", Interpol, Gendarmerie, Spain);
                break;
            case "the first date itself":
                Add(3, 5, "Operation Kilo", "drugs", Interpol, France);
                break;
            default:
                Add(3, 30, "Operation Lima", "drugs", Spain, GuardiaCivil, Europol);
                Add(1, 12, "Operation Lima", "fraud", Europol, Interpol);
                break;
        }

        if (batched)
        {
            Assert.All(store.SaveBatch(reports), outcome => Assert.True(outcome.Saved?.Created));
        }
        else
        {
            reports.ForEach(r => store.Save(r.Item1, r.Item2));
        }

        var grown = MovedOperationRows(store);
        Assert.Contains(grown, row => row.Contains("operations:countries", StringComparison.Ordinal));
        // The reference: every operation linked again, each join taking its operation back and counting it again.
        store.CountsEveryJoin = true;
        store.RelinkOperations();

        Assert.Equal(MovedOperationRows(store), grown);
    }

    // Every row of the operations' views, each with every column, for all time and each month of 2024.
    private static List<string> MovedOperationRows(IReportStore store) =>
    [
        .. new[] { "actors", "countries", "agencies" }.SelectMany(view => new[] { "*", "fraud", "drugs" }.SelectMany(area => new[]
        {
            new TallyScope("operations:" + view, area, "*", "*"), new TallyScope("operations:" + view, area, "2024-01", "2024-12"),
        })).SelectMany(scope => Rows(store.ReadTallies(scope)).Select(row => $"{scope} {row}")),
    ];
}
