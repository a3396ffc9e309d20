using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 36: a course or a training given earlier is a gathering like a workshop, in all four languages: the body that
/// gave it ("a course given by instructors of INTERPOL", "formación impartida por la INTERPOL", "formação da INTERPOL",
/// "une formation dispensée par INTERPOL") trained the officers before the operation and takes no part by that mention;
/// "in the course of the operation" names no gathering. Every sentence is written for the test.
/// </summary>
public sealed class CourseAndTrainingSession36Tests
{
    [Fact]
    public void TheTeacherOfAnEnglishCourseTakesNoPart()
    {
        var participants = SingleEvent(
            "The Kenya Police Service arrested nine smugglers at Namanga. Most of the detectives had attended a tracing course given by instructors of INTERPOL in Kigali last year.").ParticipantIds;
        Assert.DoesNotContain("agency:interpol", participants);
        Assert.Contains("agency:kenya-police", participants);
    }

    [Fact]
    public void ABodyActingInTheCourseOfTheOperationKeepsItsPart() =>
        Assert.Contains("agency:interpol", SingleEvent(
            "The Kenya Police Service arrested nine smugglers at Namanga. In the course of the operation officers of INTERPOL traced the buyers.").ParticipantIds);

    [Theory]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. Los agentes habían recibido el año pasado una formación en rastreo de armas impartida por INTERPOL.")]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. Dos de los agentes siguieron un curso de INTERPOL sobre documentos falsos.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. Os inspetores fizeram uma formação da INTERPOL em análise de risco.")]
    [InlineData("La Police nationale a interpellé sept personnes à Lyon. Les enquêteurs avaient reçu une formation sur les faux documents dispensée par INTERPOL à Dakar.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. Vários inspetores frequentaram cursos da INTERPOL sobre documentos falsos.")]
    public void TheTeacherOfARomanceTrainingTakesNoPart(string text) =>
        Assert.DoesNotContain("agency:interpol", SingleEvent(text).ParticipantIds);
}
