using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 5: participation is read from what an actor does in its clause. Countries and bodies
/// that are only context — where goods were made or sent, a funder, a trainer, a later prosecutor, a
/// commenter, a background case or statistic — are named but take no part.
/// </summary>
public sealed class ContextParticipationTests
{
    private const string Opening = "Europol and the Guardia Civil arrested nine people in a joint operation. ";

    [Theory]
    [InlineData("The drugs were produced in Colombia and sold to buyers in Belgium.", "country:CO")]
    [InlineData("The drugs were produced in Colombia and sold to buyers in Belgium.", "country:BE")]
    [InlineData("The vessels carried cocaine to Mexico and Guatemala.", "country:GT")]
    [InlineData("The boats were stored in garages in Germany.", "country:DE")]
    [InlineData("Most victims live in the United States and Canada.", "country:CA")]
    [InlineData("One suspect is wanted in Italy and will be extradited to Rome.", "country:IT")]
    public void ACountryNamedForWhatHappenedThereWithoutAnActingBodyTakesNoPart(string context, string country)
    {
        var text = Opening + context;

        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);
        Assert.Contains(country, ActorIds(text));
    }

    [Theory]
    [InlineData("Police in Spain and Ecuador searched two warehouses.", "country:EC")]
    [InlineData("Officers from Botswana, Namibia, Zambia and Zimbabwe took part.", "country:ZW")]
    [InlineData("The participating countries were Benin, Ghana, Niger and Togo.", "country:TG")]
    [InlineData("Croatia, Slovenia and Sweden were among the countries involved.", "country:SE")]
    [InlineData("In Kenya, investigators broke up a fraud ring.", "country:KE")]
    [InlineData("Arrests have been made in the United States, Ireland, Canada and Australia.", "country:AU")]
    [InlineData("Europol supported coordination with Peru and Ecuador against the smugglers.", "country:EC")]
    [InlineData("Two more suspects were arrested elsewhere in Italy.", "country:IT")]
    public void ACountryTakesPartThroughAnActingCue(string acting, string country) =>
        Assert.Contains(country, SingleEvent(Opening + acting).ParticipantIds);

    [Theory]
    [InlineData("Thai and Malaysian police raided two estates.", "country:MY")]
    [InlineData("Turkmen law enforcement took part as observers.", "country:TM")]
    public void ADemonymBeforeAnAuthorityNounTakesPart(string acting, string country) =>
        Assert.Contains(country, SingleEvent(Opening + acting).ParticipantIds);

    [Theory]
    [InlineData("Swedish criminal gangs bought the weapons.", "country:SE")]
    [InlineData("The operation was funded by the German Federal Foreign Office.", "country:DE")]
    public void ADemonymBeforeAnythingElseTakesNoPart(string context, string country) =>
        Assert.DoesNotContain(country, SingleEvent(Opening + context).ParticipantIds);

    [Theory]
    [InlineData("Officers had been trained in digital evidence by the FBI last year.", "agency:fbi")]
    [InlineData("One man is also wanted by New Zealand Police over an older case.", "agency:nz-police")]
    [InlineData("The UK's National Crime Agency, which has investigated the same route since 2023, welcomed the arrests.", "agency:nca")]
    [InlineData("Japan Customs trained the participating officers in February.", "agency:japan-customs")]
    [InlineData("The Spanish Public Prosecutor's Office will bring charges next month.", "agency:spain-prosecutor")]
    [InlineData("Frontex estimates that more than 36,000 people crossed the Channel.", "agency:frontex")]
    [InlineData("Seizures keep rising, a UNODC analyst said.", "agency:unodc")]
    public void ABodyThatOnlyTrainsFundsCommentsOrActsLaterTakesNoPart(string context, string agency)
    {
        var text = Opening + context;

        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);
        Assert.Contains(agency, ActorIds(text));
    }

    [Theory]
    [InlineData("In a separate case in 2022, German authorities and the BKA dismantled a similar workshop.")]
    [InlineData("In 2019, the Bundeskriminalamt seized a record shipment.")]
    public void ABackgroundSentenceAboutAnotherCaseAddsNoOne(string background)
    {
        var cooperation = SingleEvent("MADRID, 3 March 2025 — " + Opening + background);

        Assert.DoesNotContain("agency:bka", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:DE", cooperation.ParticipantIds);
    }

    [Fact]
    public void AnAgencyNamedAsContextStillTakesPartWhereItActs()
    {
        var cooperation = SingleEvent(Opening + "The FBI shared intelligence. Officers had been trained by the FBI last year.");

        Assert.Contains("agency:fbi", cooperation.ParticipantIds);
        Assert.Contains("country:US", cooperation.ParticipantIds);
    }

    [Fact]
    public void TheMembersOfATaskForceNamedAsItsCompositionTakeNoPart()
    {
        var cooperation = SingleEvent("The Philippine National Police rescued twelve children on referrals from PICACC. "
            + "PICACC brings together the PNP, the Australian Federal Police and the Dutch National Police.");

        Assert.Contains("agency:philippines-pnp", cooperation.ParticipantIds);
        Assert.DoesNotContain("agency:afp", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:AU", cooperation.ParticipantIds);
    }
}
