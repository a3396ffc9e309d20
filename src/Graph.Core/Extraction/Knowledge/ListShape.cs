namespace Graph.Core.Extraction.Knowledge;

/// <summary>What the items of a knowledge list may look like, checked when the list is loaded.</summary>
internal enum ListShape
{
    /// <summary>Single words, compared with one token each ("arrested").</summary>
    Words,

    /// <summary>Phrases of one or more words ("led by", "in collaboration with").</summary>
    Phrases,

    /// <summary>Phrases, whose last word may be a stem ending in <c>*</c> ("traffick*", "drug trafficker*").</summary>
    Cues,

    /// <summary>A number word or phrase and its value ("twenty 20", "a dozen 12"); no word twice with two values.</summary>
    NumberWords,
}
