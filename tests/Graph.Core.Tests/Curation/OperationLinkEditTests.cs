using System.Globalization;
using Graph.Core.Curation;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Operations;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Curation;

/// <summary>Link and unlink edits obeyed by the operation linker, over a real SQLite file.</summary>
public sealed class OperationLinkEditTests : IDisposable
{
    private const string Interpol = """
        Pangea XVI against fake medicines
        Lyon, 10 October 2023. Operation Pangea XVI was coordinated by INTERPOL with police from Spain, France and Italy. Officers arrested 72 people and seized fake medicines.
        """;

    private const string Newspaper = """
        Fake pills seized in Europe
        Madrid, 12 October 2023. Spanish and Italian police took part in Operation Pangea 16 against illicit medicines, together with INTERPOL. In all 72 people were arrested.
        """;

    private const string Ministry = """
        France in Pangea
        Paris, 20 October 2023. France joined Operation Pangea XVI, led by INTERPOL with officers from Spain. Police arrested 95 people during the week of action.
        """;

    private const string Raid = """
        Raid on a warehouse
        Madrid, 3 March 2024. INTERPOL and police from Spain seized fake medicines in a raid on a warehouse.
        """;

    private const string Edge = "agency:interpol|country:ES";

    private readonly CuratedStore _data = new();

    public void Dispose() => _data.Dispose();

    private long EventOf(long report) => _data.Store.FindReport(report)!.Events.Single().Id;

    private long? OperationOf(long report) => _data.Store.OperationOf(EventOf(report));

    private double Weight() => _data.Network().Edges.Single(e => e.Id == Edge).Weight;

    [Fact]
    public void AnUnlinkKeepsTheReportApartThroughNewReportsAndRelinkingAndItsUndoRestoresTheRulesLink()
    {
        var (interpol, newspaper) = (_data.Ingest(Interpol), _data.Ingest(Newspaper));
        Assert.Equal(OperationOf(interpol), OperationOf(newspaper));
        Assert.Equal(1.0, Weight());

        var unlink = _data.Edit(new EditInput("unlink-operation", "a different week of action", ReportId: newspaper, Operation: "Operation Pangea XVI"));
        Assert.Equal("pangea 16", unlink.Edit.Operation);
        Assert.NotEqual(OperationOf(interpol), OperationOf(newspaper));
        Assert.Equal(2.0, Weight());

        var ministry = _data.Ingest(Ministry);
        Assert.Equal(OperationOf(interpol), OperationOf(ministry));
        Assert.NotEqual(OperationOf(newspaper), OperationOf(ministry));
        _data.Store.RelinkOperations();
        Assert.NotEqual(OperationOf(interpol), OperationOf(newspaper));
        Assert.Equal(OperationOf(interpol), OperationOf(ministry));
        Assert.Equal(2.0, Weight());

        _data.Edit(new EditInput("undo", "it was the same week", Undoes: unlink.Id));

        Assert.Equal(OperationOf(interpol), OperationOf(newspaper));
        Assert.Equal(OperationOf(interpol), OperationOf(ministry));
        Assert.Equal(1.0, Weight());
        Assert.Equal(LinkRule.SameName, _data.Store.FindOperation(OperationOf(newspaper)!.Value)!.Sources.Single(s => s.Report.Id == newspaper).Link.Rule);
    }

    [Fact]
    public void ALinkByOperationIdJoinsTheReportsEventsAndMovesTheOperationTallies()
    {
        var (interpol, raid) = (_data.Ingest(Interpol), _data.Ingest(Raid));
        Assert.NotEqual(OperationOf(interpol), OperationOf(raid));
        Assert.Equal(2.0, Weight());
        var operation = OperationOf(interpol)!.Value;

        var link = _data.Edit(new EditInput("link-operation", "the raid was the Spanish leg of Pangea", ReportId: raid,
            Operation: operation.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal("pangea 16", link.Edit.Operation);
        Assert.Equal(OperationOf(interpol), OperationOf(raid));
        var joined = _data.Store.FindOperation(OperationOf(raid)!.Value)!.Sources.Single(s => s.Report.Id == raid);
        Assert.Equal(LinkRule.Override, joined.Link.Rule);
        Assert.Contains("the Spanish leg of Pangea", joined.Link.Explanation, StringComparison.Ordinal);
        var edge = _data.Network().Edges.Single(e => e.Id == Edge);
        Assert.Equal((1.0, 2), (edge.Weight, edge.ReportCount));
        var rebuilt = NetworkBuilder.Build(_data.Store.LoadDataset(), NetworkView.Actors, NetworkFilter.None);
        Assert.Equal(rebuilt.Edges.Select(e => (e.Id, e.Weight)).Order(), _data.Network().Edges.Select(e => (e.Id, e.Weight)).Order());

        _data.Edit(new EditInput("undo", "not the same", Undoes: link.Id));
        Assert.NotEqual(OperationOf(interpol), OperationOf(raid));
        Assert.Equal(2.0, Weight());
    }

    [Fact]
    public void LinkAndUnlinkEditsAreObeyedWhenTheReportsAreImportedAgainIntoAnotherDatabase()
    {
        var (interpol, newspaper, raid) = (_data.Ingest(Interpol), _data.Ingest(Newspaper), _data.Ingest(Raid));
        _data.Edit(new EditInput("unlink-operation", "another week", ReportId: newspaper, Operation: "pangea 16"));
        _data.Edit(new EditInput("link-operation", "Spanish leg", ReportId: raid, Operation: "Pangea XVI"));
        Assert.Equal(OperationOf(interpol), OperationOf(raid));

        using var fresh = new CuratedStore("again.db");
        foreach (var edit in _data.Store.ReadEdits())
        {
            fresh.Store.AppendEdit(edit.Edit, edit.Author, edit.Reason);
        }

        var ids = new[] { Raid, Newspaper, Interpol }.Select(fresh.Ingest).ToList();
        long? Of(long report) => fresh.Store.OperationOf(fresh.Store.FindReport(report)!.Events.Single().Id);

        Assert.Equal(Of(ids[2]), Of(ids[0]));
        Assert.NotEqual(Of(ids[2]), Of(ids[1]));
        Assert.Equal(2.0, fresh.Network().Edges.Single(e => e.Id == Edge).Weight);
    }

    [Fact]
    public void ALinkToAnOperationNobodyCanNameIsRefused()
    {
        var raid = _data.Ingest(Raid);

        var check = EditChecker.Check(_data.Store, _data.Store, new EditInput("link-operation", "x", ReportId: raid, Operation: "999"));
        var empty = EditChecker.Check(_data.Store, _data.Store, new EditInput("link-operation", "x", ReportId: raid, Operation: "  "));

        Assert.Contains("operation", check.Errors.Keys);
        Assert.Contains("operation", empty.Errors.Keys);
        Assert.Empty(_data.Store.ReadEdits());
    }
}
