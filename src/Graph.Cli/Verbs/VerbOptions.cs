namespace Graph.Cli.Verbs;

/// <summary>Reads <c>--name value</c> pairs; an unknown option, a missing value or a stray word is an error.</summary>
internal static class VerbOptions
{
    public static Dictionary<string, string> Parse(string[] args, string[] known, string usage)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : throw new CliException($"unexpected '{args[i]}'; {usage}");
            if (!known.Contains(name))
            {
                throw new CliException($"unknown option --{name}; {usage}");
            }

            values[name] = i + 1 < args.Length ? args[++i] : throw new CliException($"--{name} needs a value");
        }

        return values;
    }
}
