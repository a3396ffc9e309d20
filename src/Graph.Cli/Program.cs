using Graph.Cli;
using Graph.Cli.Verbs;

// Each verb is one class in Verbs/; this table is the whole command surface.
var verbs = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["extract"] = ExtractVerb.Run,
    ["ingest"] = IngestVerb.Run,
    ["import"] = ImportVerb.Run,
    ["bench"] = BenchVerb.Run,
    ["bench-import"] = BenchImportVerb.Run,
    ["bench-curation"] = BenchCurationVerb.Run,
    ["bench-read"] = BenchReadVerb.Run,
    ["export"] = ExportVerb.Run,
    ["panel"] = PanelVerb.Run,
    ["dynamic-gexf"] = DynamicGexfVerb.Run,
    ["stats"] = StatsVerb.Run,
    ["backup"] = BackupVerb.Run,
    ["compact"] = CompactVerb.Run,
    ["restore"] = RestoreVerb.Run,
    ["keys"] = KeysVerb.Run,
    ["edit"] = EditVerb.Run,
    ["snapshot"] = SnapshotVerb.Run,
};

if (args.Length == 0 || !verbs.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: graph <verb> [args]   verbs: " + string.Join(", ", verbs.Keys.Order()));
    return 2;
}

try
{
    return run(args[1..]);
}
catch (CliException e)
{
    Console.Error.WriteLine($"graph {args[0]}: {e.Message}");
    return 1;
}
catch (System.Data.Common.DbException e)
{
    // A database that cannot be reached or refuses a statement (a PostgreSQL server down, a file that is not SQLite).
    Console.Error.WriteLine($"graph {args[0]}: the database could not be used: {e.Message}");
    return 1;
}
