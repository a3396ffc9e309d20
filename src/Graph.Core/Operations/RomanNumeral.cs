namespace Graph.Core.Operations;

/// <summary>
/// Reads a serial written as a Roman numeral in lower case, with the subtractive forms ("xvi", "xiv"), up
/// to 100: operations count their editions that way, years are written in digits.
/// </summary>
internal static class RomanNumeral
{
    private const int Largest = 100;

    public static bool TryRead(string word, out int value)
    {
        value = 0;
        if (word.Length == 0 || word.Length > 8)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var digit = Digit(word[i]);
            if (digit == 0)
            {
                value = 0;
                return false;
            }

            var next = i + 1 < word.Length ? Digit(word[i + 1]) : 0;
            value += next > digit ? -digit : digit;
        }

        // Only the canonical spelling counts, so a word made of those letters ("ill", "lix") is not read as a number.
        return value is > 0 and <= Largest && Write(value) == word;
    }

    private static int Digit(char c) => c switch
    {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        _ => 0,
    };

    private static string Write(int value)
    {
        ReadOnlySpan<(int Value, string Letters)> table =
        [
            (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ];
        var written = new System.Text.StringBuilder();
        foreach (var (amount, letters) in table)
        {
            while (value >= amount)
            {
                written.Append(letters);
                value -= amount;
            }
        }

        return written.ToString();
    }
}
