using System.Diagnostics;
using System.Globalization;
using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using Graph.Core.Curation;
using Graph.Core.Export;
using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Snapshots;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>bench-curation --db FILE [--edits N] [--runs R]</c>: what curation costs /api/graph. Copies the
/// database (say, 20,000 reports from <c>bench-import</c>), times the cold /api/graph pipeline (build the
/// view, bound the picture, analyse it, map it to elements) for the actors and countries views, appends N
/// checked edits of every network-changing kind, and times it again, side by side; then freezes a snapshot.
/// </summary>
internal static class BenchCurationVerb
{
    private static readonly NetworkView[] Views = [NetworkView.Actors, NetworkView.Countries];

    public static int Run(string[] args)
    {
        var options = VerbOptions.Parse(args, ["db", "edits", "runs"], "usage: graph bench-curation --db FILE [--edits N] [--runs R]");
        var source = options.GetValueOrDefault("db") ?? throw new CliException("--db FILE is required (make one with graph bench-import)");
        var editCount = Whole(options.GetValueOrDefault("edits") ?? "100");
        var runs = Whole(options.GetValueOrDefault("runs") ?? "3");
        var copy = Path.Combine(Path.GetTempPath(), $"graph-bench-curation-{Guid.NewGuid():N}.db");
        try
        {
            using (var from = new SqliteConnection($"Data Source={source};Mode=ReadOnly"))
            using (var to = new SqliteConnection($"Data Source={copy}"))
            {
                from.Open();
                to.Open();
                from.BackupDatabase(to);
            }

            var store = new SqliteReportStore($"Data Source={copy}");
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"store       {store.ListReports().Count} reports ({source}, copied)"));
            var before = Views.ToDictionary(v => v, v => Median(runs, () => Draw(store, v)));
            var clock = Stopwatch.StartNew();
            var appended = AppendEdits(store, editCount);
            var perEdit = clock.Elapsed.TotalMilliseconds / Math.Max(1, appended);
            var after = Views.ToDictionary(v => v, v => Median(runs, () => Draw(store, v)));
            Console.WriteLine(string.Create(c, $"edits       {appended} appended, {perEdit:F0} ms each to check and append; in force and changing the network: {AggregateNetworkBuilder.IsCurated(store)}"));
            foreach (var view in Views)
            {
                Console.WriteLine(string.Create(c, $"/api/graph  view={ExportNames.Of(view),-10} cold build+picture  no edits {before[view]:F0} ms   {appended} edits {after[view]:F0} ms   ratio {after[view] / before[view]:F1}x   (median of {runs})"));
            }

            clock.Restart();
            var (info, _) = Snapshotter.Freeze(store, store, store, "bench");
            var bytes = FrozenDatasetFile.Write(store.LoadSnapshot(info.Hash)!).Length;
            Console.WriteLine(string.Create(c, $"snapshot    frozen in {clock.Elapsed.TotalSeconds:F1} s: {info.Reports} reports, {info.Edits} edits, {bytes / 1048576.0:F1} MB stored (gzip JSON), {info.Hash[..12]}"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The cold path of /api/graph: the view from the store, bounded to the default picture, analysed and mapped.</summary>
    private static int Draw(IReportStore store, NetworkView view)
    {
        var network = AggregateNetworkBuilder.Build(store, view, NetworkFilter.None, 500);
        var picture = NetworkPicture.Of(network, new PictureOptions(), 4000);
        return CytoscapeGraph.From(NetworkAnalysis.Of(picture.Shown)).Nodes.Count;
    }

    private static double Median(int runs, Func<int> work)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            work();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    /// <summary>Edits of every kind that changes the network, spread over the corpus, each checked as the API checks it.</summary>
    private static int AppendEdits(SqliteReportStore store, int count)
    {
        var random = new Random(14);
        var dataset = store.LoadDataset(new EventQuery(Uncurated: true));
        var agencies = dataset.Actors.Where(a => a.Kind == ActorKind.Agency).Select(a => a.Id).ToList();
        var events = dataset.Events.Where(e => e.Participants.Count >= 2).ToList();
        var appended = 0;
        for (var i = 0; appended < count && i < count * 4; i++)
        {
            var e = events[random.Next(events.Count)];
            var agency = agencies[random.Next(agencies.Count)];
            var input = (i % 5) switch
            {
                0 => new EditInput("merge", "bench", Actor: agency, Other: agencies[random.Next(agencies.Count)]),
                1 => new EditInput("rename", "bench", Actor: agency, Name: $"Renamed body {i}"),
                2 => new EditInput("reject-participation", "bench", Actor: e.Participants[^1].ActorId, EventId: e.Id),
                3 => new EditInput("add-participation", "bench", Actor: agency, EventId: e.Id,
                    SentenceStart: e.Participants[0].SentenceSpan.Start, SentenceLength: e.Participants[0].SentenceSpan.Length),
                _ => new EditInput("set-country", "bench", Actor: agency, Country: "PT"),
            };
            var check = EditChecker.Check(store, store, input);
            if (check.IsValid)
            {
                store.AppendEdit(check.Edit!, "bench", "bench");
                appended++;
            }
        }

        return appended;
    }

    private static int Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new CliException($"'{text}' is not a positive whole number");
}
