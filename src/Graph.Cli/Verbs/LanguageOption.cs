using Graph.Core.Extraction;

namespace Graph.Cli.Verbs;

/// <summary>The <c>--language CODE</c> option of the verbs that read reports: the reports' language, instead of detecting it.</summary>
internal static class LanguageOption
{
    private const string Flag = "--language";

    /// <summary>Removes the option from <paramref name="args"/> and returns its code; null when it is absent.</summary>
    public static string? Take(ref string[] args)
    {
        var at = Array.IndexOf(args, Flag);
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= args.Length || !ReportLanguage.IsKnown(args[at + 1]))
        {
            throw new CliException($"{Flag} needs one of {string.Join(", ", ReportLanguage.All)}.");
        }

        var code = args[at + 1];
        args = [.. args[..at], .. args[(at + 2)..]];
        return code;
    }
}
