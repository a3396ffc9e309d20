using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Model;

/// <summary>
/// The closed vocabulary of crime areas an event can be filed under, read from the first column of
/// <c>data/knowledge/crime-areas.txt</c>: a new line there is a new crime area, with no code to edit.
/// </summary>
public static class CrimeAreas
{
    private static readonly Lazy<IReadOnlyList<string>> Listed = new(Load);

    /// <summary>Every valid crime-area value, in the order of the data file (which breaks the classifier's ties).</summary>
    public static IReadOnlyList<string> All => Listed.Value;

    /// <summary>Whether <paramref name="value"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string? value) => value is not null && All.Contains(value);

    private static List<string> Load()
    {
        var areas = new List<string>();
        foreach (var (line, cells) in KnowledgeLists.Columns("crime-areas.txt", 2))
        {
            var area = cells[0];
            if (!area.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || areas.Contains(area))
            {
                throw KnowledgeFile.Error("crime-areas.txt", line, $"crime area '{area}' must be new and written in lower-case letters, digits and '-'.");
            }

            areas.Add(area);
        }

        return areas;
    }
}
