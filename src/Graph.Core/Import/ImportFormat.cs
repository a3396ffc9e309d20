namespace Graph.Core.Import;

/// <summary>The source formats an import reads; <see cref="Auto"/> tells them apart by extension and content.</summary>
public enum ImportFormat
{
    /// <summary>Decide per file from its name and first bytes.</summary>
    Auto,

    /// <summary>A saved web page (press release, article).</summary>
    Html,

    /// <summary>An RSS 2.0 or Atom feed: one report per item.</summary>
    Feed,

    /// <summary>A CSV (or tab-separated) table: one report per row.</summary>
    Csv,

    /// <summary>JSON (an array or one object) or JSON Lines: one report per object.</summary>
    Jsonl,

    /// <summary>A GDELT 2.0 Events export: one coded event per kept row.</summary>
    Gdelt,

    /// <summary>A plain-text report, optionally with the sample reports' title, date and source lines.</summary>
    Text,
}
