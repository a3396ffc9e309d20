using System.Globalization;

namespace Graph.Core.Export;

/// <summary>One typed column of a node or edge export: its name, type and how to read it.</summary>
internal sealed record ExportAttribute<T>(string Name, ExportType Type, Func<T, object?> Read)
{
    /// <summary>The value as invariant text, or null when absent.</summary>
    public string? Text(T item) => Read(item) switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };
}
