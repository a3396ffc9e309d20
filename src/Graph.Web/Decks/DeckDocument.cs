namespace Graph.Web.Decks;

/// <summary>A presentation deck: the title slide's title and subtitle, then the slides in order.</summary>
public sealed record DeckDocument(string? Title, string? Subtitle, IReadOnlyList<DeckSlide>? Slides)
{
    /// <summary>The most slides a deck holds.</summary>
    public const int MaxSlides = 100;

    private const int MaxText = 500;
    private const int MaxNotes = 4000;
    private const int MaxHash = 4000;

    /// <summary>What is wrong with the deck, per field; empty when it can be stored.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        void Check(bool bad, string field, string message)
        {
            if (bad && !problems.ContainsKey(field))
            {
                problems[field] = [message];
            }
        }

        Check(Title is { Length: > MaxText }, "title", $"The title has at most {MaxText} characters.");
        Check(Subtitle is { Length: > MaxText }, "subtitle", $"The subtitle has at most {MaxText} characters.");
        Check(Slides is null, "slides", "A deck lists its slides (an empty list is allowed).");
        Check(Slides is { Count: > MaxSlides }, "slides", $"A deck holds at most {MaxSlides} slides.");
        for (var i = 0; i < Math.Min(Slides?.Count ?? 0, MaxSlides); i++)
        {
            var slide = Slides![i];
            Check(slide is null, $"slides[{i}]", "A slide cannot be null.");
            if (slide is null)
            {
                continue;
            }

            Check(slide.Hash is null || slide.Hash.Length > MaxHash, $"slides[{i}].hash", $"Each slide needs its view (hash) of at most {MaxHash} characters.");
            Check(string.IsNullOrWhiteSpace(slide.Name) || slide.Name.Length > MaxText, $"slides[{i}].name", $"Each slide needs a name of at most {MaxText} characters.");
            Check(slide.Caption is { Length: > MaxText }, $"slides[{i}].caption", $"A caption has at most {MaxText} characters.");
            Check(slide.Notes is { Length: > MaxNotes }, $"slides[{i}].notes", $"Notes have at most {MaxNotes} characters.");
        }

        return problems;
    }
}
