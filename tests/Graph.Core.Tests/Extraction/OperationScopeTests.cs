using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Categories 6 and 7 of issue 13: in a report naming several operations, each gets the sentences about it.</summary>
public sealed class OperationScopeTests
{
    [Fact]
    public void SentencesAfterASecondOperationInItsParagraphBelongToIt()
    {
        const string text = """
            The first, Operation Red Harbour, targeted cocaine. It was led by the Guardia Civil. Police arrested 30 people.

            The second, Operation Blue Ridge 4, targeted firearms. It was conducted jointly by the Argentine Federal Police and the Federal Police of Brazil. A total of 12 people were arrested.
            """;
        var events = Extract(text).Events;

        var second = Assert.Single(events, e => e.Name == "Operation Blue Ridge 4");
        Assert.Equal(12, second.Figures["arrests"]);
        Assert.Contains(second.Participants, p => p.ActorId == "agency:brazil-pf" && p.Role == ParticipantRole.Lead);
        var first = Assert.Single(events, e => e.Name == "Operation Red Harbour");
        Assert.DoesNotContain(first.Participants, p => p.ActorId == "agency:brazil-pf");
        Assert.Equal(30, first.Figures["arrests"]);
    }

    [Fact]
    public void AHeadingNamingAnOperationHoldsForTheParagraphsUnderIt()
    {
        const string text = """
            Europol reports today on two operations.

            Drugs: Operation Grey Falcon

            The Guardia Civil led the operation and arrested 40 people.

            Smuggling: Operation Amber Gate

            The action was led by the Hungarian Police. Officers arrested 25 smugglers.
            """;
        var events = Extract(text).Events;

        var gate = Assert.Single(events, e => e.Name == "Operation Amber Gate");
        Assert.Equal(25, gate.Figures["arrests"]);
        Assert.Contains(gate.Participants, p => p.ActorId == "agency:hungary-police" && p.Role == ParticipantRole.Lead);
    }

    [Fact]
    public void AHeadlineTotalOverSeveralOperationsIsNoSingleOperationsFigure()
    {
        const string text = """
            Two operations end with 212 arrests

            The first, Operation Red Harbour, was led by the Guardia Civil. Officers made 173 arrests: 100 in Spain and 73 in Portugal.

            The second, Operation Blue Ridge 4, was led by the Hungarian Police. A total of 39 people were arrested.
            """;
        var events = Extract(text).Events;

        Assert.Equal(173, Assert.Single(events, e => e.Name == "Operation Red Harbour").Figures["arrests"]);
        Assert.Equal(39, Assert.Single(events, e => e.Name == "Operation Blue Ridge 4").Figures["arrests"]);
    }

    [Fact]
    public void AnotherNameOfTheOperationDoesNotTakeTheSentencesAfterIt()
    {
        const string text = """
            Operation Trade Wind was led by the Federal Bureau of Investigation. More than 300 suspects were arrested.

            In Australia the operation was known as Southerly. Police in Sweden and the Netherlands carried out searches.
            """;
        var events = Extract(text).Events;

        var main = Assert.Single(events, e => e.Name == "Operation Trade Wind");
        Assert.Contains("country:SE", main.ParticipantIds);
        Assert.Equal(300, main.Figures["arrests"]);
    }
}
