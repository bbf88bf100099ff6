using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout.Chrome;

/// <summary>Labels a press release or a broadcaster prints around the story they carry.</summary>
internal static partial class ChromeDetector
{
    /// <summary>"FOR IMMEDIATE RELEASE": the label over a press release, which a name line would otherwise take for a name in capitals.</summary>
    private static bool IsPressReleaseLabel(string line) => line.Length <= 40 && PressReleaseLabel().IsMatch(line);

    [GeneratedRegex(@"^\W*(?:press release|for immediate release|media release)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PressReleaseLabel();

    /// <summary>
    /// "CC &gt;&gt; COUNCIL WRAPPED UP JUST BEFORE TEN.": a broadcaster's closed captions under its video, whose "&gt;&gt;" marks a change
    /// of speaker; the story's own text follows.
    /// </summary>
    private static bool IsCaptionTranscript(string line)
    {
        var text = line.AsSpan().TrimStart();
        if (text.StartsWith("CC ", StringComparison.Ordinal))
        {
            text = text[3..].TrimStart();
        }
        // Captions are written in capitals; a console's ">>>" prompt or a quoted reply ("> > text") is not.
        if (!text.StartsWith(">> ", StringComparison.Ordinal))
        {
            return false;
        }
        var (letters, capitals) = (0, 0);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals += char.IsUpper(c) ? 1 : 0;
            }
        }
        return letters > 0 && capitals >= letters * 4 / 5;
    }
}
