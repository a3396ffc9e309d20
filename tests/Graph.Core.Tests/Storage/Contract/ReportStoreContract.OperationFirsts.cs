using Graph.Core.Model;
using Graph.Core.Operations;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>
/// The linker's first-appearance recount on every store: an operation that leaves a month, because a
/// report dated earlier joins it or merges it with another, hands the rows it held first to the
/// earliest operation still counting them there, as a relink counts them.
/// </summary>
public abstract partial class ReportStoreContract
{
    [Fact]
    public void ReportsDatedBeforeTheirOperationsThatJoinOneOrMergeTwoLeaveTheTalliesARelinkCounts()
    {
        var store = CreateStore();
        long EventOf(SaveResult saved) => store.FindReport(saved.ReportId)!.Events.Single().Id;

        var kilo = EventOf(store.Save(Dated(1, 3, 5), Named("Operation Kilo", Europol, GuardiaCivil, Spain)));
        store.Save(Dated(2, 3, 20), Named("Operation Kilo", GuardiaCivil, Europol));
        // Alone in its operation, so it keeps no copy of its tallies; in the countries view the Guardia Civil is Spain.
        store.Save(Dated(3, 3, 25), Named("Operation November", Europol, GuardiaCivil));
        var lima = EventOf(store.Save(Dated(4, 4, 2), Named("Operation Lima", Europol, Spain)));

        // Dated in February, this report takes Kilo out of March, where November's event now comes first.
        store.Save(Dated(5, 2, 10), Named("Operation Kilo", Europol, GuardiaCivil));
        var march = new TallyScope("operations:countries", "*", "2024-03", "2024-03");
        Assert.Equal("2024-03-25", Assert.Single(store.ReadTallies(march).Nodes, n => n.Node == Spain.Id).FirstDate);

        // Told by name to Kilo and by a curator to Lima, a January report merges the two.
        store.LinkOverrides = new TogetherWith(lima, after: EventOf(store.Save(Dated(6, 5, 1), Named("Operation Oscar", Spain))));
        store.Save(Dated(7, 1, 15), Named("Operation Kilo", GuardiaCivil, Spain));
        Assert.Equal(store.OperationOf(kilo), store.OperationOf(lima));

        var added = OperationRows(store);
        // The reference: every operation linked again, each join taking its operation back and counting it again.
        store.CountsEveryJoin = true;
        store.RelinkOperations();

        Assert.Equal(OperationRows(store), added);
    }

    // A report of 2024 whose one event names an operation.
    private static ReportSubmission Dated(int i, int month, int day) => new(Text(i), Date: new DateOnly(2024, month, day));

    private static ReportExtraction Named(string name, params Actor[] actors)
    {
        var extraction = Extraction("fraud", actors);
        return extraction with { Events = [extraction.Events[0] with { Name = name }] };
    }

    private static List<string> OperationRows(IReportStore store) =>
    [
        .. new[] { "actors", "countries", "agencies" }.SelectMany(view => new[] { "*", "fraud" }.SelectMany(area => new[]
        {
            new TallyScope("operations:" + view, area, "*", "*"), new TallyScope("operations:" + view, area, "2024-01", "2024-12"),
        })).SelectMany(scope => Rows(store.ReadTallies(scope)).Select(row => $"{scope} {row}")),
    ];

    // Links every event stored after a given one to the operation of another event, as a curator's link edit does.
    private sealed class TogetherWith(long other, long after) : IOperationLinkOverrides
    {
        public IReadOnlyList<LinkOverride> For(long eventId) =>
            eventId > after ? [new LinkOverride(eventId, other, Together: true, "the same action")] : [];
    }
}
