namespace Graph.Core.Import;

/// <summary>
/// The columns of a GDELT 2.0 Events export that the import reads, by position (0-based) in the
/// 61-column, tab-separated layout of the GDELT Event Codebook V2.0 (2015).
/// </summary>
internal static class GdeltColumns
{
    public const int Count = 61;
    public const int GlobalEventId = 0;
    public const int SqlDate = 1;
    public const int Actor1CountryCode = 7;
    public const int Actor2CountryCode = 17;
    public const int EventCode = 26;
    public const int EventRootCode = 28;
    public const int QuadClass = 29;
    public const int GoldsteinScale = 30;
    public const int NumMentions = 31;
    public const int SourceUrl = 60;
}
