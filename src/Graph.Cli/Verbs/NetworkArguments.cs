using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Verbs;

/// <summary>
/// The options the network verbs share: <c>--view --from --to --crime-area --kinds --min-weight
/// --center --depth --operation --weight (or --weighting) --source --language --db</c>, plus any the verb names in <c>extra</c>.
/// </summary>
internal sealed class NetworkArguments
{
    private static readonly string[] Shared =
        ["view", "from", "to", "crime-area", "kinds", "min-weight", "center", "depth", "operation", "weighting", "weight", "source", "language", "db"];

    private readonly Dictionary<string, string> _values;

    private NetworkArguments(Dictionary<string, string> values) => _values = values;

    public string? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>Reads <c>--name value</c> pairs; returns null and writes the reason on a bad argument.</summary>
    public static NetworkArguments? Parse(string[] args, IReadOnlyList<string> extra, TextWriter error)
    {
        var known = Shared.Concat(extra).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !known.Contains(name))
            {
                error.WriteLine($"Unknown argument '{args[i]}'. Options: {string.Join(" ", known.Select(k => "--" + k))}");
                return null;
            }

            if (i + 1 >= args.Length)
            {
                error.WriteLine($"Option --{name} needs a value.");
                return null;
            }

            values[name] = args[++i];
        }

        return new NetworkArguments(values);
    }

    /// <summary>The shared filters given, by the names the API's query uses (crime-area → crimeArea), for manifests.</summary>
    public Dictionary<string, string> Given() =>
        _values.Where(v => v.Key is not ("db" or "out" or "format" or "layout" or "seed") && Shared.Contains(v.Key))
            .ToDictionary(v => v.Key switch { "crime-area" => "crimeArea", "min-weight" => "minWeight", _ => v.Key }, v => v.Value, StringComparer.Ordinal);

    /// <summary>The view and filter, or null after writing what is wrong.</summary>
    public (NetworkView View, NetworkFilter Filter)? Query(TextWriter error)
    {
        var query = new NetworkQuery(this["view"], this["from"], this["to"], this["crime-area"], this["kinds"],
            this["min-weight"], this["center"], this["depth"], this["operation"], this["weighting"], this["source"], Weight: this["weight"],
            Language: this["language"]);
        if (query.TryParse(out var view, out var filter, out var errors))
        {
            return (view, filter);
        }

        foreach (var message in errors.Values.SelectMany(m => m))
        {
            error.WriteLine(message);
        }

        return null;
    }

    /// <summary>
    /// The analysed view over the store <c>--db</c> names, or null after writing that the ego
    /// network's centre is no actor the store knows.
    /// </summary>
    public NetworkAnalysis? Analyse(NetworkView view, NetworkFilter filter, Func<string?, IReportStore> openStore, TextWriter error)
    {
        var dataset = openStore(this["db"]).LoadDataset();
        if (filter.Center is { } center && dataset.Actors.All(a => a.Id != center))
        {
            error.WriteLine($"Unknown actor '{center}'. Ids look like 'country:ES' or 'agency:interpol'.");
            return null;
        }

        return NetworkAnalysis.Of(NetworkBuilder.Build(dataset, view, filter));
    }

    /// <summary>
    /// Opens the store the web app uses: <c>--db</c>, else the <c>ConnectionStrings__Graph</c>
    /// environment variable, else <c>data/local/graph.db</c> under the repository. A missing file is an error, not a new database.
    /// </summary>
    public static IReportStore OpenStore(string? db)
    {
        var connectionString = StoreLocator.ConnectionString(db);
        if (ReportStores.IsPostgres(connectionString, null))
        {
            return ReportStores.Open(connectionString);
        }

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(file))
        {
            throw new CliException($"No database at '{Path.GetFullPath(file)}'. Start the web app once (it seeds the sample reports) or pass --db.");
        }

        return ReportStores.Open(connectionString);
    }
}
