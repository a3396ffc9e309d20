using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 35 (issue 13), releases that tell several operations one after another: an opening or closing sentence about
/// all of them that shares its bodies or countries out among the operations gives each only to the operations whose own
/// accounts name it, while a body it names alone is still every operation's; a paragraph that opens on the word of its
/// operation's place and a quoted name ("The first, \"Pamir Passage\", …") names that operation; and a paragraph that opens
/// on a fronted place or time, or under a section heading, and names a new operation only later is that operation's account;
/// a sentence about several operations after the last one's account opens the shared closing, which is no one operation's.
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

    [Theory]
    [InlineData("The first, \"Salt Ledger\", was run by the Malta Police Force. Two people were arrested.", "Operation Salt Ledger")]
    [InlineData("The other, \"North Gate 7\", was run by the Malta Police Force. Two people were arrested.", "Operation North Gate 7")]
    public void AnOpeningPlaceWordAndAQuotedNameIntroduceTheNextOperation(string second, string name)
    {
        var events = Extract("ATHENS, 4 May 2026\n\nOperation Cedar Line, led by the Hellenic Police, dismantled a network that forged visas. Nine people were arrested.\n\n"
            + second).Events;

        Assert.Equal(["Operation Cedar Line", name], events.Select(e => e.Name));
        Assert.Equal(2, events[1].Figures["arrests"]);
        Assert.Equal(9, events[0].Figures["arrests"]);
    }

    [Fact]
    public void FrenchOperationsIntroducedByTheirPlaceAreToldApart()
    {
        var text = "DAKAR, 2 juin 2026\n\nLes forces sénégalaises ont mené deux opérations contre les faux billets.\n\n"
            + "La première, « Baobab Rouge », a été conduite par la Police nationale sénégalaise avec INTERPOL. Cinq personnes ont été interpellées.\n\n"
            + "La seconde, « Sable Fin », a été menée par la Gendarmerie nationale sénégalaise. Trois personnes ont été interpellées.\n";
        var events = Extract(text).Events;

        Assert.Equal(["Operation Baobab Rouge", "Operation Sable Fin"], events.Select(e => e.Name));
        Assert.Equal([5, 3], events.Select(e => e.Figures["arrests"]));
        Assert.DoesNotContain("agency:interpol", events[1].ParticipantIds);
    }

    [Theory]
    [InlineData("The first, \"we did not expect it\", said an officer in Valletta.")]
    [InlineData("The first, Inspector Vella, said the network had ended.")]
    public void AnOpeningPlaceWordBeforeSpeechOrAPersonNamesNothing(string sentence)
    {
        var events = Extract("ATHENS, 4 May 2026\n\nOperation Cedar Line, led by the Hellenic Police, dismantled a network that forged visas. Nine people were arrested.\n\n"
            + sentence).Events;

        Assert.Equal("Operation Cedar Line", Assert.Single(events).Name);
    }

    private const string CedarLine =
        "ATHENS, 4 May 2026\n\nOperation Cedar Line, led by the Hellenic Police, dismantled a network that forged visas. Nine people were arrested.\n\n";

    [Fact]
    public void AParagraphOpeningOnAPlaceTellsTheOperationItNamesLater()
    {
        var events = Extract(CedarLine + "In Limassol, the Cyprus Police broke up a ring that sold forged passports. Operation Olive Gate ended with four arrests.\n").Events;

        Assert.Equal(["Operation Cedar Line", "Operation Olive Gate"], events.Select(e => e.Name));
        Assert.Contains("agency:cyprus-police", events[1].ParticipantIds);
        Assert.DoesNotContain("agency:cyprus-police", events[0].ParticipantIds);
    }

    [Fact]
    public void AParagraphUnderASectionHeadingTellsTheOperationItNamesLater()
    {
        var text = "SEVILLA, 4 de mayo de 2026 (EFE).- La Operación Cal Viva, dirigida por la Guardia Civil, terminó con nueve detenidos.\n\n"
            + "Al otro lado de la frontera\n\n"
            + "La Policía Judiciaria de Portugal registró dos almacenes en Faro. La Operación Sal Grossa terminó con cuatro detenidos.\n";
        var events = Extract(text).Events;

        Assert.Equal(["Operación Cal Viva", "Operación Sal Grossa"], events.Select(e => e.Name));
        Assert.DoesNotContain("country:PT", events[0].ParticipantIds);
        Assert.Equal(4, events[1].Figures["arrests"]);
    }

    [Fact]
    public void AParagraphOpeningOnItsSubjectStaysWithTheOperationToldAbove()
    {
        var events = Extract(CedarLine + "The prosecutors praised the help of the Cyprus Police, which shared bank records. "
            + "That force runs its own Operation Olive Gate, which ended with four arrests.\n").Events;

        Assert.Contains("agency:cyprus-police", events[0].ParticipantIds);
    }

    [Fact]
    public void TheClosingAfterASentenceAboutAllOperationsIsNotTheLastOperations()
    {
        var events = Extract(CedarLine + "The second operation, Salt Road, was run by the Hellenic Coast Guard. Three people were arrested.\n\n"
            + "Eurojust took no part in either of the two operations.\n\n"
            + "\"We will keep going,\" a spokesman for the Malta Police Force said. The Malta Police Force arrested 40 people last year.\n").Events;

        Assert.Equal(["Operation Cedar Line", "Operation Salt Road"], events.Select(e => e.Name));
        Assert.DoesNotContain(events, e => e.ParticipantIds.Contains("agency:malta-police"));
        Assert.Equal(3, events[1].Figures["arrests"]);
    }

    [Fact]
    public void AnOperationWithNoBodyOfItsOwnStillTakesTheClosingsBodies()
    {
        var events = Extract(CedarLine + "The second operation, Salt Road, targeted forged work permits. Three people were arrested.\n\n"
            + "Both operations ended in April.\n\nThe Malta Police Force searched two flats.\n").Events;

        Assert.Equal(["Operation Cedar Line", "Operation Salt Road"], events.Select(e => e.Name));
        Assert.Contains("agency:malta-police", events[1].ParticipantIds);
    }

    [Theory]
    [InlineData("In Limassol, the Cyprus Police searched a warehouse. Three people were arrested. In a separate case, the Malta Police Force ran Operation Olive Gate.")]
    [InlineData("En Limasol, la Policía de Chipre registró un almacén. Tres personas fueron detenidas. En otro caso, la Policía de Malta dirigió la Operación Olivo.")]
    public void AnOperationSetApartFromItsParagraphTakesNoneOfItsEarlierSentences(string paragraph)
    {
        var events = Extract(CedarLine + paragraph + "\n").Events;

        Assert.DoesNotContain(events.Skip(1), e => e.ParticipantIds.Contains("agency:cyprus-police"));
    }
}
