using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>
/// The lone events a write reads for a first-appearance recount may serve the store's next write; an event
/// another store wrote in between must still count there.
/// </summary>
public abstract partial class ReportStoreContract
{
    [Fact]
    public void ALoneEventAnotherStoreWroteBetweenTwoRecountsOfItsMonthHoldsTheFirstAppearanceItGives()
    {
        var store = CreateStore();
        var other = Reopen(store);
        var march = new TallyScope("operations:countries", "*", "2024-03", "2024-03");
        string SpainFirst() => Assert.Single(store.ReadTallies(march).Nodes, n => n.Node == Spain.Id).FirstDate!;

        store.Save(Dated(1, 3, 5), Named("Operation Kilo", Europol, GuardiaCivil, Spain));
        store.Save(Dated(2, 3, 20), Named("Operation Kilo", GuardiaCivil, Europol));
        store.Save(Dated(3, 3, 8), Named("Operation Quebec", Europol, GuardiaCivil, Spain));
        store.Save(Dated(4, 3, 22), Named("Operation Quebec", Europol, GuardiaCivil));
        store.Save(Dated(5, 3, 28), Named("Operation Papa", Europol, GuardiaCivil));

        // Kilo leaves March: its recount there reads the month's lone events (Papa's) and finds Quebec first.
        store.Save(Dated(6, 2, 10), Named("Operation Kilo", Europol, GuardiaCivil));
        Assert.Equal("2024-03-08", SpainFirst());

        // Another store adds a lone event in March; when Quebec leaves too, that event comes before Papa's.
        other.Save(Dated(7, 3, 25), Named("Operation November", Europol, GuardiaCivil));
        store.Save(Dated(8, 1, 10), Named("Operation Quebec", Europol, GuardiaCivil));
        Assert.Equal("2024-03-25", SpainFirst());

        var added = OperationRows(store);
        store.CountsEveryJoin = true;
        store.RelinkOperations();
        Assert.Equal(OperationRows(store), added);
    }

    [Fact]
    public void AStoreThatKeepsOneLoneEventRecountsFirstAppearancesAsOneThatKeepsThemAll()
    {
        // Lone operations in three months, then joins dated a month earlier that move two of them out of
        // theirs: every recount walks a month, which the store keeping one event has forgotten each time.
        var (few, all) = (CreateStore(), CreateStore());
        few.KeptLoneEvents = 1;
        all.KeptLoneEvents = RelationalReportStore.ImportLoneEvents;
        string[] names = ["Operation Alder", "Operation Birch", "Operation Cedar", "Operation Damson", "Operation Elm", "Operation Fir"];
        var reports = names.Select((name, i) => (Submission: Dated(i + 1, 3 + (i % 3), 4 + i), Extraction: Named(name, Europol, GuardiaCivil, Spain)))
            .Concat(names.Take(4).Select((name, i) => (Submission: Dated(i + 11, 2 + (i % 3), 20 + i), Extraction: Named(name, GuardiaCivil, Europol))))
            .ToList();

        foreach (var store in new[] { few, all })
        {
            store.SaveBatch(reports[..6]);
            store.SaveBatch(reports[6..]);
        }

        Assert.Equal(OperationRows(all), OperationRows(few));
        foreach (var month in new[] { "2024-02", "2024-03", "2024-04", "2024-05" })
        {
            var scope = new TallyScope("operations:countries", "*", month, month);
            Assert.Equal(Rows(all.ReadTallies(scope)), Rows(few.ReadTallies(scope)));
        }

        // Birch left April for March: Spain's first appearance in April is the lone Elm's, found by the walk.
        var april = few.ReadTallies(new TallyScope("operations:countries", "*", "2024-04", "2024-04"));
        Assert.Equal("2024-04-08", Assert.Single(april.Nodes, n => n.Node == Spain.Id).FirstDate);
    }
}
