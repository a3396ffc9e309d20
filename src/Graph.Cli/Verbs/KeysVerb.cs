using Graph.Core.Storage.Keys;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>keys add NAME | list | revoke NAME [--db FILE]</c>: named API keys for writes. A new key's secret
/// is printed once and only its hash is kept; the name is recorded as the author of every write made
/// with it. Revoking takes effect on the server's next request.
/// </summary>
internal static class KeysVerb
{
    private const string Usage = "usage: graph keys add NAME | list | revoke NAME [--db FILE]";

    public static int Run(string[] args)
    {
        var positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var options = VerbOptions.Parse(args[positional.Length..], ["db"], Usage);
        var keys = ApiKeyStores.Open(StoreLocator.ConnectionString(options.GetValueOrDefault("db")));
        switch (positional)
        {
            case ["add", var name]:
                return Add(keys, name);
            case ["list"]:
                foreach (var key in keys.List())
                {
                    var state = key.Revoked is { } revoked ? $"revoked {revoked:yyyy-MM-dd HH:mm}" : "live";
                    Console.WriteLine($"{key.Name}\tcreated {key.Created:yyyy-MM-dd HH:mm}\t{state}");
                }

                return 0;
            case ["revoke", var name]:
                if (!keys.Revoke(name))
                {
                    throw new CliException($"no live key is named '{name}' (see graph keys list)");
                }

                Console.WriteLine($"revoked {name}");
                return 0;
            default:
                throw new CliException(Usage);
        }
    }

    private static int Add(IApiKeyStore keys, string name)
    {
        if (name == "default")
        {
            throw new CliException("'default' names the configured key (Graph:ApiKey); choose another name.");
        }

        try
        {
            var secret = keys.Add(name);
            Console.Error.WriteLine($"made key '{name}'; its secret is printed once, below, and cannot be shown again:");
            Console.WriteLine(secret);
            return 0;
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
