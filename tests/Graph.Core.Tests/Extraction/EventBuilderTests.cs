using Graph.Core.Extraction.Events;
using Graph.Core.Model;

namespace Graph.Core.Tests.Extraction;

public sealed class EventBuilderTests
{
    private static readonly TextSpan First = new(0, 10);
    private static readonly TextSpan Later = new(20, 10);

    [Theory]
    [InlineData(3)]
    [InlineData(40)] // past the size where the builder indexes its participants
    public void EachActorTakesPartOnceAndALeadRoleWins(int listed)
    {
        var builder = new EventBuilder("Operation Test");
        for (var n = 0; n < listed; n++)
        {
            builder.Add($"country:{n}", n, ParticipantRole.Participant, First);
        }

        builder.Add("agency:found-here", -1, ParticipantRole.Participant, First);
        for (var n = 0; n < listed; n++)
        {
            builder.Add($"country:{n}", n, n == 1 ? ParticipantRole.Lead : ParticipantRole.Participant, Later);
        }

        builder.Add("agency:found-here", -1, ParticipantRole.Lead, Later);
        var built = builder.Build(null, new Dictionary<string, int>());

        Assert.Equal(listed + 1, built.Participants.Count);
        Assert.Equal(["country:1", "agency:found-here"], built.LeadIds);
        Assert.Equal(Later, built.Participants.Single(p => p.ActorId == "country:1").Evidence); // the sentence that made it lead
        Assert.Equal(First, built.Participants.Single(p => p.ActorId == "country:0").Evidence); // the first that named it
    }

    [Fact]
    public void AnnouncersArePromotedByTheirIds()
    {
        var builder = new EventBuilder(null);
        builder.Add("agency:europol", 7, ParticipantRole.Participant, First);
        builder.Add("agency:found-here", -1, ParticipantRole.Participant, First);
        builder.PromoteToLead(["agency:found-here", "agency:not-taking-part"]);

        Assert.Equal(["agency:found-here"], builder.Build(null, new Dictionary<string, int>()).LeadIds);
    }
}
