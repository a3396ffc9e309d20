namespace Graph.Core.Snapshots;

/// <summary>What names and describes a frozen snapshot of the dataset.</summary>
/// <param name="Hash">SHA-256 (hex) of the reports' ids and content hashes, the extraction version and the edits: the snapshot's name.</param>
/// <param name="Created">When it was first frozen (UTC).</param>
/// <param name="Author">Who froze it.</param>
/// <param name="ExtractionVersion">The extractor and knowledge the events were read with (<see cref="Versions.Extraction"/>).</param>
/// <param name="SoftwareVersion">The version of Graph that froze it.</param>
/// <param name="Reports">How many reports it holds.</param>
/// <param name="Edits">How many curation edits it holds (undos included).</param>
public sealed record SnapshotInfo(string Hash, DateTimeOffset Created, string Author, string ExtractionVersion, string SoftwareVersion, int Reports, int Edits);
