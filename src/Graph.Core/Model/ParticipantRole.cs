namespace Graph.Core.Model;

/// <summary>How an actor took part in a cooperation event.</summary>
public enum ParticipantRole
{
    /// <summary>Took part alongside others.</summary>
    Participant,

    /// <summary>Led, coordinated or spearheaded the event.</summary>
    Lead,
}
