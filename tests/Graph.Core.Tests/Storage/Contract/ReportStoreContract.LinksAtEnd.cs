using Graph.Core.Curation;
using Graph.Core.Model;
using Graph.Core.Operations;
using Graph.Core.Storage;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>
/// A bulk import that links its events at its end gives every view, the operations' views included,
/// the tallies the per-report path gives: into an empty store, into one whose operations its events
/// join and merge, and when it stops before its end and the store is opened again.
/// </summary>
public abstract partial class ReportStoreContract
{
    private static readonly Actor Carabineros = new("agency:carabineros", ActorKind.Agency, "Carabineros", "CL", []);
    private static readonly Actor Chile = new("country:CL", ActorKind.Country, "Chile", "CL", []);

    // Forty reports whose events share names, near names, a serial left out, crime areas and fortnights,
    // dated out of order, so linking makes, grows, moves earlier and merges operations.
    private static List<(ReportSubmission Submission, ReportExtraction Extraction)> Linkable(int count, int first = 0)
    {
        Actor[] pool = [Europol, GuardiaCivil, Spain, Interpol, Carabineros, Chile];
        string?[] names = ["Operation Kilo", "Operation Kilo II", "Operation Kilos II", "Operation Lima", null, null, "Operation Mike 2024"];
        string[] areas = ["fraud", "drugs"];
        var reports = new List<(ReportSubmission, ReportExtraction)>();
        for (var i = first; i < first + count; i++)
        {
            Actor[] actors = [.. pool.Where((_, a) => ((i * 7) + (a * 3)) % 5 < 3 || a == i % pool.Length)];
            var extraction = Extraction(areas[i % 2 == 0 || i % 5 == 0 ? 0 : 1], actors);
            var date = new DateOnly(2024, 1 + ((i * 5) % 12), 1 + ((i * 11) % 27));
            reports.Add((new ReportSubmission(Text(500 + i), Date: date), extraction with { Events = [extraction.Events[0] with { Name = names[(i * 3) % names.Length] }] }));
        }

        return reports;
    }

    // Every row of the plain and the operations' views, all time and by month, and each operation's events.
    private static List<string> LinkedState(RelationalReportStore store) =>
    [
        .. new[] { "actors", "countries", "agencies" }.SelectMany(view => new[] { view, "operations:" + view })
            .SelectMany(view => new[] { "*", "fraud", "drugs" }.SelectMany(area => new[]
            {
                new TallyScope(view, area, "*", "*"), new TallyScope(view, area, "2024-01", "2024-12"),
            })).SelectMany(scope => Rows(store.ReadTallies(scope)).Select(row => $"{scope} {row}")),
        .. store.ListOperations().Select(id => string.Join(",", store.FindOperation(id)!.Sources.Select(s => $"{s.EventId} {s.Link.Rule}").Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal),
    ];

    [Theory]
    [InlineData(400_000)]
    [InlineData(7)]
    public void AnImportLinkedAtItsEndGivesTheTalliesOfReportsLinkedOneByOne(int rowsHeld)
    {
        var reports = Linkable(40);
        var oneByOne = CreateStore();
        reports.ForEach(r => oneByOne.Save(r.Submission, r.Extraction));
        var atEnd = CreateStore();
        (atEnd.LinksAtEnd, atEnd.LinkedRowsHeld) = (true, rowsHeld);

        Assert.All(reports.Chunk(15).SelectMany(batch => atEnd.SaveBatch(batch)), o => Assert.True(o.Saved?.Created));
        Assert.Empty(atEnd.ReadTallies(new TallyScope("operations:actors", "*", "*", "*")).Edges);
        Assert.Equal(40, atEnd.LinkPending());

        var expected = LinkedState(oneByOne);
        Assert.Contains(expected, row => row.Contains(',', StringComparison.Ordinal));
        Assert.Equal(expected, LinkedState(atEnd));
        Assert.Equal(0, atEnd.LinkPending());
    }

    [Theory]
    [InlineData(400_000)]
    [InlineData(7)]
    public void ReportsSavedAfterAnImportLinkedAtItsEndGrowItsOperationsAsReportsLinkedOneByOne(int rowsHeld)
    {
        // The later reports' events join, and move earlier, operations the end link made: they read what it stored of
        // each (its first date, its kept contribution).
        var reports = Linkable(40);
        var oneByOne = CreateStore();
        reports.ForEach(r => oneByOne.Save(r.Submission, r.Extraction));
        var atEnd = CreateStore();
        (atEnd.LinksAtEnd, atEnd.LinkedRowsHeld) = (true, rowsHeld);
        atEnd.SaveBatch(reports[..24]);
        atEnd.LinkPending();

        atEnd.LinksAtEnd = false;
        reports[24..].ForEach(r => atEnd.Save(r.Submission, r.Extraction));

        Assert.Equal(LinkedState(oneByOne), LinkedState(atEnd));
    }

    [Fact]
    public void AnImportLinkedAtItsEndTakesBackTheStoredOperationsItsEventsJoin()
    {
        var reports = Linkable(40);
        var oneByOne = CreateStore();
        reports.ForEach(r => oneByOne.Save(r.Submission, r.Extraction));
        var atEnd = CreateStore();
        reports.Take(18).ToList().ForEach(r => atEnd.Save(r.Submission, r.Extraction));
        atEnd.LinksAtEnd = true;

        atEnd.SaveBatch(reports[18..]);
        atEnd.LinkPending();

        Assert.Equal(LinkedState(oneByOne), LinkedState(atEnd));
    }

    // Two differently named operations of the same bodies a few days apart, then a report naming neither that shares
    // its bodies, crime area and week with both: it cannot say which it tells, so it must not make the two names one.
    [Fact]
    public void AnUnnamedReportSharingItsBodiesWithTwoNamedOperationsJoinsNeither()
    {
        Actor[] bodies = [Europol, GuardiaCivil, Spain, Interpol];
        (ReportSubmission, ReportExtraction) Told(string? name, int day, int text)
        {
            var extraction = Extraction("fraud", bodies);
            return (new ReportSubmission(Text(text), Date: new DateOnly(2024, 5, day)), extraction with { Events = [extraction.Events[0] with { Name = name }] });
        }

        List<(ReportSubmission Submission, ReportExtraction Extraction)> reports = [Told("Operation Quill", 6, 900), Told("Operation Sparrow", 9, 901), Told(null, 8, 902)];
        var oneByOne = CreateStore();
        reports.ForEach(r => oneByOne.Save(r.Submission, r.Extraction));
        var atEnd = CreateStore();
        atEnd.LinksAtEnd = true;
        atEnd.SaveBatch(reports);
        atEnd.LinkPending();

        Assert.Equal(3, oneByOne.ListOperations().Count);
        Assert.All(oneByOne.ListOperations(), id => Assert.Single(oneByOne.FindOperation(id)!.Sources));
        Assert.Equal(LinkedState(oneByOne), LinkedState(atEnd));
    }

    // More operations than the linker compares an event with in one crime area's fortnight, in one name block and
    // after one stem, each kept apart by its own participants, then reports that would join the newest of them.
    private static List<(ReportSubmission Submission, ReportExtraction Extraction)> Crowded()
    {
        var reports = new List<(ReportSubmission, ReportExtraction)>();
        void Add(string? name, string area, int day, params int[] bodies)
        {
            Actor[] actors = [.. bodies.Select(b => new Actor($"agency:body-{b}", ActorKind.Agency, $"Body {b}", null, []))];
            var extraction = Extraction(area, actors);
            reports.Add((new ReportSubmission(Text(2000 + reports.Count), Date: new DateOnly(2024, 3, day)),
                extraction with { Events = [extraction.Events[0] with { Name = name }] }));
        }

        for (var i = 0; i < 70; i++)
        {
            Add(null, "fraud", 1 + (i % 20), 3 * i, (3 * i) + 1, (3 * i) + 2);
            Add($"Operation Tid{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}", "drugs", 1 + (i % 20), 1000 + i);
            Add($"Operation Quebec {i + 1}", "drugs", 1 + (i % 20), 2000 + i);
        }

        foreach (var i in new[] { 2, 66, 69 })
        {
            Add(null, "fraud", 10, 3 * i, (3 * i) + 1, (3 * i) + 2);
            Add($"Operation Tid{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}", "drugs", 10, 1000 + i);
            Add("Operation Quebec", "drugs", 10, 2000 + i);
        }

        return reports;
    }

    [Fact]
    public void AnImportLinkedAtItsEndBoundsItsCandidatesAsReportsLinkedOneByOne()
    {
        var reports = Crowded();
        var oneByOne = CreateStore();
        reports.ForEach(r => oneByOne.Save(r.Submission, r.Extraction));
        var atEnd = CreateStore();
        atEnd.LinksAtEnd = true;

        atEnd.SaveBatch(reports);
        atEnd.LinkPending();

        var expected = LinkedState(oneByOne);
        Assert.Contains(expected, row => row.Contains(LinkRule.SharedParticipants, StringComparison.Ordinal));
        Assert.Contains(expected, row => row.Contains(LinkRule.NearName, StringComparison.Ordinal));
        Assert.Equal(expected, LinkedState(atEnd));
    }

    [Fact]
    public void AnImportLinkedAtItsEndObeysTheLinkEditsInForceAsReportsLinkedOneByOne()
    {
        // Edits made on one store name reports by their text, so they hold in another before its reports arrive.
        var reports = Linkable(40);
        var curated = CreateStore();
        var ids = reports.Select(r => curated.Save(r.Submission, r.Extraction).ReportId).ToList();
        foreach (var input in new[]
        {
            new EditInput("unlink-operation", "another week", ReportId: ids[12], Operation: "Operation Kilo II"),
            new EditInput("link-operation", "the same raid", ReportId: ids[13], Operation: "Operation Lima"),
        })
        {
            curated.AppendEdit(EditChecker.Check(curated, curated, input).Edit!, "tester", input.Reason!);
        }

        RelationalReportStore Edited()
        {
            var store = CreateStore();
            foreach (var edit in curated.ReadEdits())
            {
                store.AppendEdit(edit.Edit, edit.Author, edit.Reason);
            }

            return store;
        }

        var oneByOne = Edited();
        reports.ForEach(r => oneByOne.Save(r.Submission, r.Extraction));
        var atEnd = Edited();
        atEnd.LinksAtEnd = true;

        atEnd.SaveBatch(reports);
        atEnd.LinkPending();

        var expected = LinkedState(oneByOne);
        Assert.Equal(LinkedState(curated), expected);
        Assert.Contains(expected, row => row.Contains(LinkRule.Override, StringComparison.Ordinal));
        Assert.Equal(expected, LinkedState(atEnd));
    }

    [Fact]
    public void AnImportStoppedBeforeItsEndIsLinkedWhenTheStoreIsOpenedAgain()
    {
        var reports = Linkable(30);
        var oneByOne = CreateStore();
        reports.ForEach(r => oneByOne.Save(r.Submission, r.Extraction));
        var stopped = CreateStore();
        stopped.LinksAtEnd = true;
        stopped.SaveBatch(reports);
        var version = stopped.Version();

        var opened = Reopen(stopped);

        Assert.True(opened.Version() > version);
        Assert.Equal(LinkedState(oneByOne), LinkedState(opened));
        Assert.Equal(0, opened.LinkPending());
    }
}
