using Graph.Core.Network;

namespace Graph.Core.Snapshots;

/// <summary>Which view of a snapshot an archive holds, and how it was asked for, for the manifest.</summary>
/// <param name="View">The view.</param>
/// <param name="Filter">Its filters.</param>
/// <param name="Filters">The filters as given (name → text), stated in the manifest and the share link.</param>
/// <param name="Weighting">The edge weighting's name, e.g. <c>reports</c> or <c>newman</c>.</param>
/// <param name="Layout">The layout the picture was drawn with, when given.</param>
/// <param name="Seed">The layout's seed, when given.</param>
public sealed record ArchiveRequest(
    NetworkView View,
    NetworkFilter Filter,
    IReadOnlyDictionary<string, string> Filters,
    string Weighting,
    string? Layout = null,
    long? Seed = null);
