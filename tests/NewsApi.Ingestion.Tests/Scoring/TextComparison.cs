using System.Text;

namespace NewsApi.Ingestion.Tests.Scoring;

/// <summary>The corpus README's comparison rule: NFKC, straight quotes, folded whitespace, folded case.</summary>
public static class TextComparison
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var composed = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(StraightenQuote(c));
        }

        return builder.ToString().ToLowerInvariant();
    }

    public static bool AreEqual(string? expected, string? actual) =>
        (expected is null && actual is null)
        || (expected is not null && actual is not null && Normalize(expected) == Normalize(actual));

    public static bool Contains(string? haystack, string? needle) =>
        haystack is not null && needle is not null && Normalize(haystack).Contains(Normalize(needle), StringComparison.Ordinal);

    public static bool StartsWith(string? text, string? prefix) =>
        text is not null && prefix is not null && Normalize(text).StartsWith(Normalize(prefix), StringComparison.Ordinal);

    private static char StraightenQuote(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        _ => c,
    };
}
