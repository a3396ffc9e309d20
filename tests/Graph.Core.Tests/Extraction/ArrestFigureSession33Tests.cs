using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 33 (issue 13): arrests told as a list of counted groups under one verb, others of another act beside the arrested,
/// a later update told by the number of arrests, a weekday written with an ordinal, a body's members arrested, and a Spanish
/// wire's ".-" dateline, in the four languages. The sentences are written for these tests.
/// </summary>
public sealed class ArrestFigureSession33Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL searched a depot in Mombasa. Four Kenyan nationals and a Somali national were detained.", 5)]
    [InlineData("The Kenya Police Service and INTERPOL searched a depot in Mombasa. Officers arrested three Kenyan nationals and an Ethiopian man who drove the truck.", 4)]
    [InlineData("The Kenya Police Service and INTERPOL searched a depot in Mombasa. Officers arrested six crew members and a local trader.", 7)]
    [InlineData("La Policía Nacional y la Guardia Civil registraron una nave en Algeciras. Tres empleados portuarios y cuatro agentes de aduanas fueron detenidos en el puerto.", 7)]
    [InlineData("La Policía Nacional y la Guardia Civil registraron una nave en Algeciras. Cinco empleados del puerto y un transportista fueron detenidos.", 6)]
    public void CountedGroupsListedUnderOneArrestVerbAddUp(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL searched a depot in Mombasa. Officers arrested two men and seized three trucks.", 2)]
    [InlineData("The Kenya Police Service and INTERPOL searched a depot in Mombasa. Five suspects, three Kenyan nationals and two Tanzanian nationals, were arrested.", 5)]
    [InlineData("The Kenya Police Service and INTERPOL searched a depot in Mombasa. Police arrested three suspects, a family who ran the depot, and questioned others.", 3)]
    public void AListThatCountsNoPeopleOrBreaksTheCountDownAddsNoOne(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested five people in Mombasa. Besides the five arrested, two more people were questioned and released.", 5)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a cinco personas en Vigo. Además de los cinco detenidos, otras dos personas son investigadas en libertad.", 5)]
    [InlineData("A Polícia Federal e a Receita Federal prenderam cinco pessoas em Santos. Além dos cinco presos, outras duas pessoas foram ouvidas.", 5)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a cinco personas en Vigo. Días después fueron detenidas otras dos.", 7)]
    public void OthersWhosePassiveTellsAnotherActAddNoOne(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested eight people in Mombasa on Monday. By Friday the number of arrests had risen to 12.", 12)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a ocho personas en Vigo. El número de detenidos se elevó el viernes a 12.", 12)]
    [InlineData("La Gendarmerie et la Douane ont interpellé huit personnes à Calais. Le nombre de personnes interpellées s'élève désormais à 12.", 12)]
    [InlineData("La Policía Nacional y la Guardia Civil capturaron a ocho personas en Vigo. Con las detenciones de la tarde, las capturas del día suman 12.", 12)]
    [InlineData("A Polícia Federal e a Receita Federal prenderam oito pessoas em Santos. Com as detenções da tarde, as prisões do dia somam 12.", 12)]
    public void ALaterUpdateOfTheNumberOfArrestsIsTheirTotal(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void ANumberOfArrestsInARunningTallyIsNotTheEvents() =>
        Assert.Equal(8, Arrests("The Kenya Police Service and INTERPOL arrested eight people in Mombasa. Since January the number of arrests on that route has reached 240."));

    [Theory]
    [InlineData("A Guarda Nacional Republicana e a Polícia Marítima intercetaram um barco. Três homens que pilotavam a embarcação foram detidos na quinta-feira.", 3)]
    [InlineData("Madrid, 3 mar (EFE).- Cuatro funcionarios municipales y dos empleados del catastro fueron detenidos este martes por la Policía Nacional y la Guardia Civil.", 6)]
    public void APassiveSubjectIsReadPastAWeekdayAndAWireDateline(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void ABodysMembersArrestingOthersAreNotTheArrested() =>
        Assert.Equal(9, Arrests("La Policía Nacional y la Guardia Civil registraron un almacén. Unos 150 agentes detuvieron a nueve personas en Vigo."));
}
