using Graph.Core.Extraction;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 17, session 11: Spanish, Portuguese and French write an operation's kind with capitals after the operation
/// word ("una Operación Conjunta", "a Operação Integrada", "une Opération Conjointe"); words that only describe an
/// operation make no name, while a name that goes on past them ("Operação Integrada Fronteira Sul") is one.
/// </summary>
public sealed class DescriptiveOperationNameTests
{
    private static List<string?> Names(string text, string language) =>
        [.. ReportExtractor.Default.Extract(text, language).Events.Select(e => e.Name)];

    [Theory]
    [InlineData("BOGOTÁ, 4 de mayo de 2025\n\nLa Policía Nacional de Colombia y la Policía Nacional del Perú realizaron una Operación Binacional contra la minería ilegal.", "es")]
    [InlineData("QUITO, 4 de mayo de 2025\n\nLa Policía Nacional del Ecuador y la Policía Nacional de Colombia desarrollaron la Operación Conjunta contra el contrabando.", "es")]
    [InlineData("FOZ DO IGUAÇU, 4 de maio de 2025\n\nA Polícia Federal e a Polícia Nacional do Paraguai deflagraram uma Operação Integrada contra o contrabando de cigarros.", "pt")]
    [InlineData("DAKAR, 4 mai 2025\n\nLa Gendarmerie nationale du Sénégal et la Garde nationale du Mali ont conduit une Opération Conjointe contre les trafiquants d'or.", "fr")]
    public void WordsThatOnlyDescribeAnOperationAreNoName(string text, string language)
    {
        var names = Names(text, language);

        Assert.NotEmpty(names);
        Assert.All(names, Assert.Null);
    }

    [Theory]
    [InlineData("FOZ DO IGUAÇU, 4 de maio de 2025\n\nA Polícia Federal e a Polícia Nacional do Paraguai deflagraram a Operação Integrada Fronteira Sul contra o contrabando.", "pt", "Operação Integrada Fronteira Sul")]
    [InlineData("QUITO, 4 de mayo de 2025\n\nLa Policía Nacional del Ecuador y la Policía Nacional de Colombia desarrollaron la Operación Conjunta Manglar contra el contrabando.", "es", "Operación Conjunta Manglar")]
    public void ANameGoingOnPastTheDescriptionIsKept(string text, string language, string name) =>
        Assert.Contains(name, Names(text, language));
}
