using System.Globalization;
using Graph.Core.Curation;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>graph edit KIND --reason TEXT [--actor ID --other ID --name TEXT --alias TEXT --country CC --event ID
/// --report ID --role ROLE --sentence-start N --sentence-length N --operation ID|NAME] [--author NAME] [--db FILE]</c>
/// appends a curation edit; <c>graph edit list</c> prints the log; <c>graph edit undo ID --reason TEXT</c> reverses one.
/// A refused edit prints why and stores nothing.
/// </summary>
internal static class EditVerb
{
    private static readonly string Usage =
        $"usage: graph edit KIND --reason TEXT [--actor ID] [--other ID] [--name TEXT] [--alias TEXT] [--country CC] [--event ID] [--report ID] " +
        $"[--role lead|participant] [--sentence-start N] [--sentence-length N] [--operation ID|NAME] [--author NAME] [--db FILE] | graph edit list | graph edit undo ID --reason TEXT; " +
        $"kinds: {string.Join(", ", EditKinds.All.Where(k => k != "undo"))}";

    private static readonly string[] Options =
        ["reason", "actor", "other", "name", "alias", "country", "event", "report", "role", "sentence-start", "sentence-length", "operation", "author", "db"];

    public static int Run(string[] args)
    {
        var positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var options = VerbOptions.Parse(args[positional.Length..], Options, Usage);
        var store = NetworkArguments.OpenStore(options.GetValueOrDefault("db"));
        var log = (IEditLog)store;
        switch (positional)
        {
            case ["list"]:
                var edits = log.ReadEdits();
                var undone = EffectiveEdits.UndoneIds(edits);
                foreach (var e in edits)
                {
                    Console.WriteLine(string.Join('\t', e.Id, e.Time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.Author,
                        e.Edit.Kind.Name(), undone.Contains(e.Id) ? "undone" : "in force", EditJson.Write(e.Edit), e.Reason));
                }

                return 0;
            case ["undo", var id]:
                return Append(store, log, new EditInput("undo", options.GetValueOrDefault("reason"), Undoes: Number(id, "the edit id")), options);
            case [var kind] when kind != "undo":
                return Append(store, log, new EditInput(kind, options.GetValueOrDefault("reason"),
                    options.GetValueOrDefault("actor"), options.GetValueOrDefault("other"), options.GetValueOrDefault("name"),
                    options.GetValueOrDefault("alias"), options.GetValueOrDefault("country"),
                    Optional(options, "event"), Optional(options, "report"), options.GetValueOrDefault("role"),
                    (int?)Optional(options, "sentence-start"), (int?)Optional(options, "sentence-length"), options.GetValueOrDefault("operation")), options);
            default:
                throw new CliException(Usage);
        }
    }

    private static int Append(Core.Storage.IReportStore store, IEditLog log, EditInput input, Dictionary<string, string> options)
    {
        var check = EditChecker.Check(store, log, input);
        if (!check.IsValid)
        {
            throw new CliException("nothing was stored: " + string.Join(" ", check.Errors.SelectMany(e => e.Value)));
        }

        var author = options.GetValueOrDefault("author") ?? "cli:" + Environment.UserName;
        var stored = log.AppendEdit(check.Edit!, author, input.Reason!.Trim());
        Console.WriteLine(stored.Id.ToString(CultureInfo.InvariantCulture));
        Console.Error.WriteLine($"edit {stored.Id} ({stored.Edit.Kind.Name()}) stored by {author}");
        return 0;
    }

    private static long? Optional(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var text) ? Number(text, "--" + name) : null;

    private static long Number(string text, string what) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= int.MaxValue ? n
            : throw new CliException($"{what} must be a whole number, not '{text}'");
}
