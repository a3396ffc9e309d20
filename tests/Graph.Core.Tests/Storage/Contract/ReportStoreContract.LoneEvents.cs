using Graph.Core.Model;
using Graph.Core.Storage;

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
}
