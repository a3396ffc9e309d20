using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Web.Decks;

/// <summary>
/// Decks kept as one JSON file each in a folder beside the database (<c>graph.db.decks/</c>), keyed by a
/// random id. Files rather than a table: a deck is a small document the presenter owns, not data the
/// analyses read, and a file is replaced whole (written to a temporary file, then renamed) so a reader
/// never sees half a deck.
/// </summary>
public sealed partial class DeckStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether a text is a key this store gives out (16 lower-case hex digits), so no other path is ever opened.</summary>
    public static bool IsKey(string? id) => id is not null && KeyPattern().IsMatch(id);

    /// <summary>Stores a new deck and returns its key.</summary>
    public string Create(DeckDocument deck)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        Write(id, deck);
        return id;
    }

    /// <summary>Replaces a stored deck; false when no deck has this key.</summary>
    public bool Replace(string id, DeckDocument deck)
    {
        if (!IsKey(id) || !File.Exists(PathOf(id)))
        {
            return false;
        }

        Write(id, deck);
        return true;
    }

    /// <summary>The deck with this key, or null.</summary>
    public DeckDocument? Find(string id) =>
        IsKey(id) && File.Exists(PathOf(id)) ? JsonSerializer.Deserialize<DeckDocument>(File.ReadAllText(PathOf(id)), Json) : null;

    private void Write(string id, DeckDocument deck)
    {
        Directory.CreateDirectory(folder);
        var temporary = PathOf(id) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(deck, Json));
        File.Move(temporary, PathOf(id), overwrite: true);
    }

    private string PathOf(string id) => Path.Combine(folder, id + ".json");

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex KeyPattern();
}
