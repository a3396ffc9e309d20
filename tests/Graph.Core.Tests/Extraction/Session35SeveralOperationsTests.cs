using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 35 (issue 13), releases that tell several operations one after another: an opening or closing sentence about
/// all of them that shares its bodies or countries out among the operations gives each only to the operations whose own
/// accounts name it, while a body it names alone is still every operation's.
/// </summary>
public sealed class Session35SeveralOperationsTests
{
    private const string TwoAccounts =
        "\n\nOperation Amber Key was led by the Hellenic Police with the Cyprus Police. Five people were arrested.\n\n"
        + "Operation Harbour Lamp was led by the Malta Police Force. Two people were arrested.\n";

    [Fact]
    public void ASummaryThatSharesItsCountriesOutGivesEachToItsOwnOperation()
    {
        var events = Extract("NICOSIA, 2 June 2026\n\nPolice in Greece, Malta and Cyprus have announced the results of two operations against forged documents."
            + TwoAccounts).Events;

        Assert.Equal(["Operation Amber Key", "Operation Harbour Lamp"], events.Select(e => e.Name));
        Assert.DoesNotContain("country:MT", events[0].ParticipantIds);
        Assert.DoesNotContain("country:GR", events[1].ParticipantIds);
        Assert.DoesNotContain("country:CY", events[1].ParticipantIds);
    }

    [Fact]
    public void ABodyTheSummaryNamesAloneTakesPartInEveryOperation()
    {
        var events = Extract("LISBON, 2 June 2026\n\nEurojust backed both operations, the agency said." + TwoAccounts.Replace(
            "Cyprus Police.", "Cyprus Police, and Eurojust set up a joint team.", StringComparison.Ordinal)).Events;

        Assert.All(events, e => Assert.Contains("agency:eurojust", e.ParticipantIds));
    }

    [Fact]
    public void ASpanishSummaryOfTwoOperationsSharesItsForcesOut()
    {
        var text = "MADRID, 3 de junio de 2026 (EFE).- La Guardia Civil y la Policía Judiciaria de Portugal han cerrado dos operaciones contra el robo de coches.\n\n"
            + "La Operación Puente Viejo, dirigida por la Guardia Civil, terminó con cuatro detenidos en Badajoz.\n\n"
            + "La Operación Río Claro, dirigida por la Policía Judiciaria de Portugal, terminó con tres detenidos en Oporto.\n";
        var events = Extract(text).Events;

        Assert.Equal(["Operación Puente Viejo", "Operación Río Claro"], events.Select(e => e.Name));
        Assert.DoesNotContain("country:PT", events[0].ParticipantIds);
        Assert.DoesNotContain("country:ES", events[1].ParticipantIds);
    }
}
