namespace Graph.Core.Model;

/// <summary>
/// One real-world agency or country, whatever surface forms the reports use for it.
/// </summary>
/// <param name="Id">Stable identifier: <c>country:ES</c> for countries, <c>agency:slug</c> for agencies.</param>
/// <param name="Kind">Country or agency.</param>
/// <param name="Name">Canonical display name.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the country; null for international bodies.</param>
/// <param name="Aliases">Every other name the actor is known by, including the surface forms seen in text.</param>
public sealed record Actor(string Id, ActorKind Kind, string Name, string? CountryCode, IReadOnlyList<string> Aliases)
{
    /// <summary>The id a country with the given ISO alpha-2 code always has.</summary>
    public static string CountryId(string alpha2) => "country:" + alpha2.ToUpperInvariant();
}
