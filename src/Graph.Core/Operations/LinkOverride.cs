namespace Graph.Core.Operations;

/// <summary>
/// A curator's decision about two events, which the linker obeys over its rules: <paramref name="Together"/>
/// true means they are one operation whatever the rules say, false means they never are.
/// </summary>
/// <param name="EventId">The event the decision is about.</param>
/// <param name="OtherEventId">The other event.</param>
/// <param name="Together">One operation (true) or never one (false).</param>
/// <param name="Reason">The curator's reason, shown as the link's explanation.</param>
public sealed record LinkOverride(long EventId, long OtherEventId, bool Together, string Reason);
