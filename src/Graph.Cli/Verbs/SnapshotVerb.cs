using System.Globalization;
using Graph.Core.Curation;
using Graph.Core.Network;
using Graph.Core.Snapshots;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>graph snapshot [--author NAME] [--db FILE]</c> freezes the dataset and prints its hash;
/// <c>graph snapshot list</c> lists snapshots; <c>graph snapshot archive HASH --out FILE [network filters]
/// [--layout NAME] [--seed N]</c> writes one view of a snapshot as the citeable zip.
/// </summary>
internal static class SnapshotVerb
{
    private const string Usage = "usage: graph snapshot [--author NAME] [--db FILE] | graph snapshot list | graph snapshot archive HASH --out FILE [--view V ...filters] [--layout NAME] [--seed N]";

    public static int Run(string[] args)
    {
        var positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var rest = args[positional.Length..];
        switch (positional)
        {
            case []:
                var options = VerbOptions.Parse(rest, ["author", "db"], Usage);
                var store = NetworkArguments.OpenStore(options.GetValueOrDefault("db"));
                var (info, created) = Snapshotter.Freeze(store, (ISnapshotStore)store, (IEditLog)store, options.GetValueOrDefault("author") ?? "cli:" + Environment.UserName);
                Console.WriteLine(info.Hash);
                Console.Error.WriteLine(created
                    ? $"froze {info.Reports} reports and {info.Edits} edits (extraction {info.ExtractionVersion})"
                    : $"the same data was frozen on {info.Created:yyyy-MM-dd HH:mm} by {info.Author}");
                return 0;
            case ["list"]:
                var snapshots = (ISnapshotStore)NetworkArguments.OpenStore(VerbOptions.Parse(rest, ["db"], Usage).GetValueOrDefault("db"));
                foreach (var s in snapshots.ListSnapshots())
                {
                    Console.WriteLine(string.Join('\t', s.Hash, s.Created.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.Author,
                        $"{s.Reports} reports", $"{s.Edits} edits", s.ExtractionVersion));
                }

                return 0;
            case ["archive", var hash]:
                return Archive(hash, rest);
            default:
                throw new CliException(Usage);
        }
    }

    private static int Archive(string hash, string[] args)
    {
        var arguments = NetworkArguments.Parse(args, ["out", "layout", "seed"], Console.Error);
        if (arguments?.Query(Console.Error) is not { } query)
        {
            return 2;
        }

        var path = arguments["out"] ?? throw new CliException("--out FILE is required");
        long? seed = arguments["seed"] is { } text
            ? long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : throw new CliException($"--seed must be a whole number, not '{text}'")
            : null;
        var snapshots = (ISnapshotStore)NetworkArguments.OpenStore(arguments["db"]);
        if (snapshots.FindSnapshot(hash) is not { } info || snapshots.LoadSnapshot(hash) is not { } frozen)
        {
            throw new CliException($"no snapshot has the hash '{hash}' (see graph snapshot list)");
        }

        var given = arguments.Given();
        var request = new ArchiveRequest(query.View, query.Filter, given, query.Filter.Weighting.ToString().ToLowerInvariant(), arguments["layout"], seed);
        var temporary = path + ".partial";
        using (var file = File.Create(temporary))
        {
            SnapshotArchive.Write(file, info, frozen, request);
        }

        File.Move(temporary, path, overwrite: true);
        Console.Error.WriteLine($"wrote the {ExportName(query.View)} view of snapshot {hash[..12]} to {path}");
        return 0;
    }

    private static string ExportName(NetworkView view) => Core.Export.ExportNames.Of(view);
}
