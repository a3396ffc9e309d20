// Each verb is one class in Verbs/; this table is the whole command surface.
var verbs = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
};

if (args.Length == 0 || !verbs.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: graph <verb> [args]   verbs: " + string.Join(", ", verbs.Keys.Order()));
    return 2;
}

return run(args[1..]);
