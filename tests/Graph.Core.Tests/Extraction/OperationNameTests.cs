using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 6 of issue 13: names with serial numbers, several words and native prefixes.</summary>
public sealed class OperationNameTests
{
    [Theory]
    [InlineData("Operation Westerlies 2 was coordinated by Europol.", "Operation Westerlies 2")]
    [InlineData("Police in Spain and Europol ran Operation Armes 72 last spring.", "Operation Armes 72")]
    [InlineData("Operation Screen West Africa 2024 was led by the World Customs Organization.", "Operation Screen West Africa 2024")]
    [InlineData("INTERPOL coordinated Operation Pandora IV with police in Italy.", "Operation Pandora IV")]
    public void NumbersYearsAndNumeralsStayInTheName(string text, string name) =>
        Assert.Equal(name, SingleEvent(text).Name);

    [Theory]
    [InlineData("The case, known as Operação Lava Rápido, was run by the Polícia Federal.", "Operação Lava Rápido")]
    [InlineData("Operación Carbono III was led by the Guardia Civil.", "Operación Carbono III")]
    public void ANativeOperationWordKeepsItsPrefix(string text, string name) =>
        Assert.Equal(name, SingleEvent(text).Name);

    [Fact]
    public void ANameSetInAppositionBeforeTheOperationNounIsItsName() =>
        Assert.Equal("Operation Harbour Net 7", SingleEvent("Officers of the Belgian Federal Police seized cocaine in Harbour Net 7, the container operation that started in 2022.").Name);

    [Fact]
    public void AMonthBeforeTheOperationNounIsNoName() =>
        Assert.Null(SingleEvent("In March 2024, the joint operation of the Guardia Civil and the Polícia Judiciária ended.").Name);

    [Fact]
    public void OperationsInsideAUnitNameNameNoOperation() =>
        Assert.Null(SingleEvent("The seizure was made by the Federal Operations Unit of the Nigeria Customs Service.").Name);

}
