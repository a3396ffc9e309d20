using System.Globalization;
using System.Text;

namespace Graph.Core;

/// <summary>Accent- and case-folding shared by the gazetteer and the actor search.</summary>
internal static class TextFolding
{
    /// <summary>"Policía Nacional" → "Policia Nacional".</summary>
    public static string StripAccents(string s)
    {
        if (Ascii.IsValid(s))
        {
            return s; // nothing to strip; most names are plain ASCII, and this runs for every discovered agency
        }

        var decomposed = s.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(NormalizationForm.FormC);
    }

    /// <summary>"Policía Nacional" → "policia nacional": the form searches compare.</summary>
    public static string Fold(string s) => StripAccents(s).ToLowerInvariant();
}
