namespace Graph.Core.Operations;

/// <summary>Why an event belongs to its operation: the names of the rules, as stored and shown.</summary>
public static class LinkRule
{
    /// <summary>The first event of its operation: nothing earlier matched it.</summary>
    public const string First = "first";

    /// <summary>Both give the same normalised name ("Operation Pangea XVI" and "Pangea 16").</summary>
    public const string SameName = "same-name";

    /// <summary>Names one or two letters apart with the same serial, close in time, sharing a participant.</summary>
    public const string NearName = "near-name";

    /// <summary>Unnamed: the same crime area within a few days, most participants in common.</summary>
    public const string SharedParticipants = "shared-participants";

    /// <summary>A curator said the two events are one operation.</summary>
    public const string Override = "override";
}
