using Graph.Core.Vocabulary;

namespace Graph.Core.Export;

/// <summary>
/// The panel's options as text, the way a query string or command line gives them
/// (<c>period=month&amp;pairs=directed&amp;zeros=true</c>), with the rules that check them: period
/// <c>year</c> (default) or <c>month</c>; pairs <c>undirected</c> (default) or <c>directed</c>; zeros
/// <c>true</c> or <c>false</c> (default); from and to as YYYY-MM-DD.
/// </summary>
public sealed record PanelQuery(string? Period, string? Pairs, string? Zeros, string? From, string? To)
{
    /// <summary>Parses the options; on failure <paramref name="errors"/> says, per parameter, what is wrong.</summary>
    public bool TryParse(out PanelOptions options, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var period = (Period?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "year" => PanelPeriod.Year,
            "month" => PanelPeriod.Month,
            _ => Fail(errors, "period", $"'period' must be year or month, not '{Period}'.", PanelPeriod.Year),
        };
        var directed = (Pairs?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "undirected" => false,
            "directed" => true,
            _ => Fail(errors, "pairs", $"'pairs' must be undirected or directed, not '{Pairs}'.", false),
        };
        var zeros = (Zeros?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "false" => false,
            "true" => true,
            _ => Fail(errors, "zeros", $"'zeros' must be true or false, not '{Zeros}'.", false),
        };
        var from = Date(From, "from", errors);
        var to = Date(To, "to", errors);
        if (from > to)
        {
            errors["from"] = [$"'from' ({IsoDate.Format(from)}) is after 'to' ({IsoDate.Format(to)})."];
        }

        options = new PanelOptions(period, directed, zeros, from, to);
        return errors.Count == 0;
    }

    private static DateOnly? Date(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return IsoDate.TryParse(value.Trim(), out var date) ? date
            : Fail<DateOnly?>(errors, name, $"'{name}' must be a date written YYYY-MM-DD, not '{value}'.", null);
    }

    private static T Fail<T>(Dictionary<string, string[]> errors, string name, string message, T fallback)
    {
        errors[name] = [message];
        return fallback;
    }
}
