namespace Graph.Web.Imports;

/// <summary>One refused item: the uploaded file (or archive entry), where in it, and why.</summary>
public sealed record ImportRefusalDto(string File, string Place, string Reason);
