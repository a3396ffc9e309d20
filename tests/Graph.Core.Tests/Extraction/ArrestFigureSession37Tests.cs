using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 37: warrants, arrests asked for and people identified are not arrests made, in any wording; counts told
/// place by place with no total add up.
/// </summary>
public sealed class ArrestFigureSession37Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Eleven men were detained at the border. Their arrests followed 19 international warrants issued in Spain.
        """, 11)]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Nine people were arrested. The detentions came after 31 arrest warrants signed by a Nairobi magistrate.
        """, 9)]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Six suspects were detained. Behind the arrests lay 24 search warrants from the High Court.
        """, 6)]
    public void ACountOfWarrantsBesideAnArrestWordCountsNoOne(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        A magistrate ordered the arrest of 40 suspects. Police have so far detained twelve of them.
        """, 12)]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Officers arrested seven people at dawn. A week earlier, the High Court authorised the arrest of 25 members of the network.
        """, 7)]
    [InlineData("""
        La Policía Nacional y la Guardia Civil desarticularon una red de tráfico de personas en la Operación Junco.
        Fueron detenidas ocho personas, aunque el juez ordenó la detención de 30 miembros de la red.
        """, 8)]
    public void AnArrestOrderedIsNoArrestMade(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void ArrestWarrantsExecutedStillCountWhenNoOneElseIsCounted() =>
        Assert.Equal(6, Arrests("""
            The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
            Officers executed 6 arrest warrants and searched 10 homes in Mombasa.
            """));

    [Theory]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Seven people were arrested in Kenya and five in Uganda.
        The police have identified 25 other people, two of them bankers who moved the money, and further arrests will follow.
        """, 12)]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Four men were detained in Mombasa.
        Officers identified a further 15 people linked to the ring, whose arrests are expected in the coming weeks.
        """, 4)]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Six men were arrested in Eldoret.
        Investigators identified another 11 suspects, including the ring's accountant, and more detentions are planned.
        """, 6)]
    public void PeopleIdentifiedAreNotAddedToTheArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void AnArrestOrderedStandsForTheArrestsWhenNoneMadeIsCounted() =>
        Assert.Equal(40, Arrests("""
            The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
            A magistrate in Kisumu ordered the arrest of 40 suspects on Monday.
            """));

    [Theory]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Kenyan officers arrested four men in Nairobi who had forged documents. Seven suspects, including two drivers, were arrested in Kampala and Entebbe.
        """, 11)]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Police arrested seven men in Nairobi on Monday. Four suspects were detained in Kampala on Tuesday.
        """, 11)]
    [InlineData("""
        Carabineros de Chile y la Policía de Investigaciones desarticularon una banda en la Operación Salitre.
        Los agentes detuvieron a cuatro personas en Antofagasta. Nueve sospechosos fueron detenidos en Calama y Tocopilla.
        """, 13)]
    public void CountsOfOtherPlacesWithNoTotalAddUp(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Police arrested four men in Nairobi. Eleven suspects were detained in Kenya.
        """, 11)]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Police arrested four men in Nairobi. Eleven suspects were detained in Nairobi and Mombasa.
        """, 11)]
    [InlineData("""
        The Kenya Police Service and the Uganda Police Force dismantled a trafficking ring in Operation Dry Reed.
        Police arrested four men in Nairobi and three in Kisumu. In all, nine suspects were detained in Kenya and Uganda.
        """, 9)]
    public void ACountOfAWiderOrTheSamePlaceDoesNotAdd(string text, int arrests) => Assert.Equal(arrests, Arrests(text));
}
