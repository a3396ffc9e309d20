using System.Globalization;
using Graph.Core.Analysis.Bounded;

namespace Graph.Web.Network;

/// <summary>
/// What part of a large view /api/graph draws, as query text: <c>budget</c> (nodes kept), <c>measure</c>
/// (weightedDegree, pagerank, betweenness), <c>edges</c> (backbone, top, all), <c>alpha</c> (the
/// backbone's significance level), <c>k</c> (edges per node for top) and <c>include</c> (actor ids
/// shown with their strongest neighbours whatever their rank). A view within the budget comes back
/// whole unless budget, measure, edges, alpha or k is given.
/// </summary>
public sealed record PictureQuery(string? Budget, string? Measure, string? Edges, string? Alpha, string? K, string? Include)
{
    /// <summary>Above this many edges even a view within the node budget is bounded by default.</summary>
    public const int AutoEdgeLimit = 4000;

    /// <summary>The largest node budget a request may ask for.</summary>
    public const int MaxBudget = 50_000;

    /// <summary>Measure names on the wire, in <see cref="NodeMeasure"/> order.</summary>
    public static IReadOnlyList<string> MeasureNames { get; } = ["weightedDegree", "pagerank", "betweenness"];

    /// <summary>Edge-rule names on the wire, in <see cref="EdgeFilter"/> order.</summary>
    public static IReadOnlyList<string> EdgeRuleNames { get; } = ["all", "backbone", "top"];

    /// <summary>True when the user asked for a bounded picture rather than leaving it to the view's size.</summary>
    public bool Explicit => Budget is not null || Measure is not null || Edges is not null || Alpha is not null || K is not null;

    /// <summary>The options asked for; on failure <paramref name="errors"/> gains a message per bad parameter.</summary>
    public PictureOptions Parse(Dictionary<string, string[]> errors)
    {
        var defaults = new PictureOptions();
        var budget = Whole(Budget, "budget", 1, MaxBudget, defaults.NodeBudget, errors);
        var k = Whole(K, "k", 1, 100, defaults.EdgesPerNode, errors);
        var measure = Named(Measure, "measure", MeasureNames, (int)defaults.Measure, errors);
        var edges = Named(Edges, "edges", EdgeRuleNames, (int)defaults.Edges, errors);
        var alpha = defaults.Alpha;
        if (!string.IsNullOrWhiteSpace(Alpha)
            && !(double.TryParse(Alpha, NumberStyles.Float, CultureInfo.InvariantCulture, out alpha) && alpha > 0 && alpha <= 1))
        {
            errors["alpha"] = [$"'alpha' must be a number above 0 and at most 1, not '{Alpha}'."];
            alpha = defaults.Alpha;
        }

        var include = string.IsNullOrWhiteSpace(Include) ? []
            : Include.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return defaults with
        {
            NodeBudget = budget, Measure = (NodeMeasure)measure, Edges = (EdgeFilter)edges, Alpha = alpha, EdgesPerNode = k, Include = include,
        };
    }

    private static int Whole(string? value, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[name] = [string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a whole number from {min} to {max:N0}, not '{value}'.")];
        return fallback;
    }

    private static int Named(string? value, string name, IReadOnlyList<string> names, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        errors[name] = [$"Unknown {name} '{value}'. Known: {string.Join(", ", names)}."];
        return fallback;
    }
}
