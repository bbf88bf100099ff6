using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

/// <summary>Lines of scripts written without spaces between words (Han, kana, Thai...): where a space is a pause, not a word break.</summary>
internal static partial class UnspacedClauses
{
    // A clause of twenty characters or more (ten words as LayoutText counts them); a menu's label or a short title is fewer.
    private const int MinClauseWords = 10;

    /// <summary>
    /// "一波波寒流報到 已將山巒披上彩衣", "ผู้คนมากมาย เดินทางมาเที่ยว": a line of an unspaced script (two thirds of its letters) with a
    /// pause inside, a space between two of its characters, and no stop. A comma is no such sign: a line with commas and no
    /// stop is a listed headline ("市営バス、来春から新路線を..."). Such a line is the writer's clause; a
    /// teaser cut off with "..." is not, nor a listed headline that ends in its source's stamp ("... 通信社 5/12(火) 09:30").
    /// </summary>
    public static bool IsPausedClause(string line)
    {
        var trimmed = line.AsSpan().TrimEnd();
        if (LayoutText.CountWords(line) < MinClauseWords || LayoutText.HasSentencePunctuation(line) || trimmed.EndsWith("...", StringComparison.Ordinal)
            || trimmed.EndsWith('…') || char.IsAsciiDigit(trimmed[^1]) || ClockTime().IsMatch(line))
        {
            return false;
        }
        int letters = 0, unspaced = 0;
        var pause = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsLetter(c))
            {
                letters++;
                unspaced += LayoutText.IsUnspacedScript(c) ? 1 : 0;
            }
            else if (c == ' ' && i > 0 && i + 1 < line.Length && LayoutText.IsUnspacedScript(line[i - 1]) && LayoutText.IsUnspacedScript(line[i + 1]))
            {
                pause = true;
            }
        }
        return pause && unspaced * 3 >= letters * 2;
    }

    [GeneratedRegex(@"\d:[0-5]\d", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}
