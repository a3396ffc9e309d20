using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Export;

/// <summary>
/// The dyad-period panel researchers feed to R (netify) or Stata: for each pair of countries and each
/// year or month, how many operations both took part in (a country takes part through its own name or
/// one of its agencies), in long form, broken down three ways that each add up to the total:
/// <c>crime_area</c> (the operation's crime area, <c>unknown</c> when none), <c>role</c> (who led:
/// <c>both</c>, <c>country1</c>, <c>country2</c> or <c>neither</c>) and <c>source</c> (<c>report</c>,
/// <c>coded</c> or <c>mixed</c>). An operation is placed in the period of its earliest report; undated
/// operations cannot be placed and are left out.
/// </summary>
public static class DyadPanel
{
    /// <summary>The variables, in the order rows list them.</summary>
    public static IReadOnlyList<string> Variables { get; } = ["operations", "crime_area", "role", "source"];

    /// <summary>The categories of <c>role</c>.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["both", "country1", "country2", "neither"];

    /// <summary>The panel's rows, ordered by country pair, period, variable and category.</summary>
    public static IReadOnlyList<PanelRow> Rows(CooperationDataset dataset, PanelOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        var countryOf = dataset.Actors.Where(a => a.CountryCode is not null).ToDictionary(a => a.Id, a => a.CountryCode!.ToUpperInvariant(), StringComparer.Ordinal);
        var counts = new Dictionary<(string, string, string, string, string), int>();
        foreach (var operation in OperationRecord.Of(dataset))
        {
            if (operation.First is not { } first || first < (options.From ?? DateOnly.MinValue) || first > (options.To ?? DateOnly.MaxValue))
            {
                continue;
            }

            var led = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var (actor, lead) in operation.Participants)
            {
                var code = countryOf.GetValueOrDefault(actor) ?? (actor.StartsWith("country:", StringComparison.Ordinal) ? actor[8..].ToUpperInvariant() : null);
                if (code is not null)
                {
                    led[code] = led.GetValueOrDefault(code) || lead;
                }
            }

            var period = Period(first, options.Period);
            foreach (var (a, b) in Pairs([.. led.Keys.Order(StringComparer.Ordinal)], options.Directed))
            {
                var role = (led[a], led[b]) switch { (true, true) => "both", (true, false) => "country1", (false, true) => "country2", _ => "neither" };
                Count(counts, (a, b, period, "operations", "all"));
                Count(counts, (a, b, period, "crime_area", operation.CrimeArea ?? "unknown"));
                Count(counts, (a, b, period, "role", role));
                Count(counts, (a, b, period, "source", operation.Source));
            }
        }

        var rows = counts.Select(c => new PanelRow(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Key.Item4, c.Key.Item5, c.Value));
        if (options.Zeros)
        {
            rows = rows.Concat(ZeroRows(counts, options.Period));
        }

        return [.. rows.OrderBy(r => r.Country1, StringComparer.Ordinal).ThenBy(r => r.Country2, StringComparer.Ordinal)
            .ThenBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => Variables.ToList().IndexOf(r.Variable)).ThenBy(r => r.Category, StringComparer.Ordinal)];
    }

    /// <summary>Every category a variable can take, for zero rows: crime areas from <see cref="CrimeAreas"/>.</summary>
    public static IReadOnlyList<string> Categories(string variable) => variable switch
    {
        "operations" => ["all"],
        "crime_area" => [.. CrimeAreas.All.Append("unknown")],
        "role" => Roles,
        "source" => [SourceKinds.Report, SourceKinds.Coded, OperationRecord.Mixed],
        _ => throw new ArgumentOutOfRangeException(nameof(variable), variable, "Not a panel variable."),
    };

    private static IEnumerable<PanelRow> ZeroRows(Dictionary<(string, string, string, string, string), int> counts, PanelPeriod unit)
    {
        if (counts.Count == 0)
        {
            yield break;
        }

        var periods = counts.Keys.Select(k => k.Item3).Order(StringComparer.Ordinal).ToList();
        var dyads = counts.Keys.Select(k => (k.Item1, k.Item2)).Distinct().ToList();
        foreach (var period in Span(periods[0], periods[^1], unit))
        {
            foreach (var (a, b) in dyads)
            {
                foreach (var variable in Variables)
                {
                    foreach (var category in Categories(variable).Where(c => !counts.ContainsKey((a, b, period, variable, c))))
                    {
                        yield return new PanelRow(a, b, period, variable, category, 0);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Span(string first, string last, PanelPeriod unit)
    {
        var at = unit == PanelPeriod.Year ? new DateOnly(int.Parse(first, CultureInfo.InvariantCulture), 1, 1)
            : DateOnly.ParseExact(first + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var period = Period(at, unit); string.CompareOrdinal(period, last) <= 0; period = Period(at, unit))
        {
            yield return period;
            at = unit == PanelPeriod.Year ? at.AddYears(1) : at.AddMonths(1);
        }
    }

    private static IEnumerable<(string, string)> Pairs(List<string> codes, bool directed)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            for (var j = i + 1; j < codes.Count; j++)
            {
                yield return (codes[i], codes[j]);
                if (directed)
                {
                    yield return (codes[j], codes[i]);
                }
            }
        }
    }

    private static string Period(DateOnly date, PanelPeriod unit) =>
        date.ToString(unit == PanelPeriod.Year ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture);

    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
