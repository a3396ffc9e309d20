namespace Graph.Core.Curation;

/// <summary>What a curation edit changes. Wire names are in <see cref="EditKinds"/>.</summary>
public enum EditKind
{
    /// <summary>Two actors are one: the other actor's participations and names go to the kept actor.</summary>
    Merge,

    /// <summary>An alias names a different agency: it becomes its own actor, taking the participations only it supports.</summary>
    Split,

    /// <summary>The actor's display name changes; the old name stays an alias.</summary>
    Rename,

    /// <summary>An agency's country is set (or cleared, for an international body).</summary>
    SetCountry,

    /// <summary>A person checked that the actor took part in the event.</summary>
    ConfirmParticipation,

    /// <summary>The actor did not take part in the event: the participation is dropped.</summary>
    RejectParticipation,

    /// <summary>A person checked the actor's role (lead or participant) in the event.</summary>
    ConfirmRole,

    /// <summary>The actor's stated role is wrong: a lead becomes a participant and a participant a lead.</summary>
    RejectRole,

    /// <summary>The extractor missed a participation; it is added with the sentence that supports it.</summary>
    AddParticipation,

    /// <summary>A report tells of an operation: the linker joins its events to it (the operation counts follow).</summary>
    LinkOperation,

    /// <summary>A report does not tell of an operation it was linked to: the linker keeps its events apart from it.</summary>
    UnlinkOperation,

    /// <summary>Reverses an earlier edit (an undone undo puts its edit back).</summary>
    Undo,
}
