using System.Globalization;
using Graph.Core.Extraction;
using Graph.Core.Model;
using Graph.Core.Vocabulary;
namespace Graph.Core.Network;

/// <summary>
/// A view and its filters as text, the way a query string or command line gives them
/// (<c>view=countries&amp;from=2024-01-01&amp;kinds=agency</c>), with the rules that check and parse them.
/// Dates are YYYY-MM-DD; kinds a comma list of country/agency; weight (or its older name weighting)
/// operations (the default), reports or newman;
/// source reports, coded or all; language one of <see cref="ReportLanguage.All"/>.
/// </summary>
public sealed record NetworkQuery(
    string? View,
    string? From,
    string? To,
    string? CrimeArea,
    string? Kinds,
    string? MinWeight,
    string? Center,
    string? Depth,
    string? Operation,
    string? Weighting,
    string? Source = null,
    string? Expand = null,
    string? Weight = null,
    string? Language = null)
{
    /// <summary>Parses the parameters; on failure <paramref name="errors"/> says, per parameter, what is wrong.</summary>
    public bool TryParse(out NetworkView view, out NetworkFilter filter, out Dictionary<string, string[]> errors)
    {
        errors = [];
        view = ParseView(View, errors);
        var from = ParseDate(From, "from", errors);
        var to = ParseDate(To, "to", errors);
        if (from > to)
        {
            errors["from"] = [$"'from' ({IsoDate.Format(from)}) is after 'to' ({IsoDate.Format(to)})."];
        }

        if (CrimeArea is not null && !CrimeAreas.IsKnown(CrimeArea))
        {
            errors["crimeArea"] = [$"Unknown crime area '{CrimeArea}'. Known: {string.Join(", ", CrimeAreas.All)}."];
        }

        var minWeight = ParseNumber(MinWeight, "minWeight", errors);
        var depth = 1;
        if (Depth is not null && (!int.TryParse(Depth, NumberStyles.None, CultureInfo.InvariantCulture, out depth) || depth > 10))
        {
            errors["depth"] = ["'depth' must be a whole number from 0 to 10."];
        }

        var weighting = ParseWeighting(errors);
        if (!SourceKinds.TryParseFilter(Source, out var source))
        {
            errors["source"] = [$"Unknown source '{Source}'. Known: reports, coded, all."];
        }

        if (Language is not null && !ReportLanguage.IsKnown(Language))
        {
            errors["language"] = [$"Unknown language '{Language}'. Known: {string.Join(", ", ReportLanguage.All)}."];
        }

        filter = new NetworkFilter(from, to, CrimeArea, ParseKinds(Kinds, errors), minWeight,
            string.IsNullOrWhiteSpace(Operation) ? null : Operation.Trim(),
            string.IsNullOrWhiteSpace(Center) ? null : Center.Trim(), depth, weighting, source, ParseExpand(Expand), Language);
        return errors.Count == 0;
    }

    /// <summary>Reads a view name (actors when empty); an unknown name adds an error under <c>view</c>.</summary>
    public static NetworkView ParseView(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ViewCatalog.All[0].View;
        }

        if (ViewCatalog.Find(value) is { } known)
        {
            return known.View;
        }

        errors["view"] = [$"Unknown view '{value}'. Known: {string.Join(", ", ViewCatalog.All.Select(v => v.Name))}."];
        return ViewCatalog.All[0].View;
    }

    private static DateOnly? ParseDate(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (IsoDate.TryParse(value.Trim(), out var date))
        {
            return date;
        }

        errors[name] = [$"'{name}' must be a date written YYYY-MM-DD, not '{value}'."];
        return null;
    }

    private static double? ParseNumber(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 && double.IsFinite(number))
        {
            return number;
        }

        errors[name] = [$"'{name}' must be a number of at least 0, not '{value}'."];
        return null;
    }

    private static IReadOnlySet<ActorKind>? ParseKinds(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var kinds = new HashSet<ActorKind>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "country" or "countries": kinds.Add(ActorKind.Country); break;
                case "agency" or "agencies": kinds.Add(ActorKind.Agency); break;
                default:
                    errors["kinds"] = [$"Unknown kind '{part}'. Known: country, agency."];
                    break;
            }
        }

        return kinds;
    }

    /// <summary>The names <c>weight</c> accepts, in the order the error message lists them.</summary>
    public static IReadOnlyList<string> WeightNames { get; } = ["operations", "reports", "newman"];

    private EdgeWeighting ParseWeighting(Dictionary<string, string[]> errors)
    {
        var (name, value) = Weight is not null ? ("weight", Weight) : ("weighting", Weighting);
        if (string.IsNullOrWhiteSpace(value))
        {
            return EdgeWeighting.Operations;
        }

        var at = WeightNames.ToList().IndexOf(value.Trim().ToLowerInvariant());
        if (at < 0)
        {
            errors[name] = [$"'{name}' must be one of {string.Join(", ", WeightNames)}, not '{value}'."];
            return EdgeWeighting.Operations;
        }

        return (EdgeWeighting)at;
    }

    private static HashSet<string>? ParseExpand(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
