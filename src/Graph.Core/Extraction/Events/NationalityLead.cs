using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// A country a lead clause names by nationality instead of by agency ("led by Thai and Cambodian
/// police"), with the lower-case noun after the demonyms ("police", "customs"), if any, and the span of the
/// sentence that says so. With no country, a back-reference to a body named before by the head noun of its name
/// ("led by the unit", "coordinated by the Department", "a Customs-led investigation"): the noun is that head. A subject
/// that names a body again ("The committee led the operation") refers only to bodies named before it: its
/// <paramref name="ReferenceStart"/> is where it stands (session 35); other back-references read their whole sentence.
/// </summary>
internal readonly record struct NationalityLead(string? CountryId, string? Noun, TextSpan Sentence, int ReferenceStart = int.MaxValue);
