namespace Graph.Core.Storage;

/// <summary>
/// What a read saw of the store, enough to tell what was added since: the version number, the newest
/// report id, how many reports there were and how many curation edits.
/// </summary>
/// <param name="Version">The store's version number.</param>
/// <param name="LastReport">The highest report id (0 when there is none).</param>
/// <param name="Reports">How many reports were stored.</param>
/// <param name="Edits">How many curation edits were logged.</param>
public sealed record StoreMark(long Version, long LastReport, long Reports, long Edits);
