namespace NewsApi.Ingestion.Normalization;

/// <summary>
/// Joins the lines of paragraphs that a plain-text source wrapped at a fixed width (a PDF's text, an e-mail, a wire feed)
/// back into one line each, so that the layout reads a paragraph where the source has one, not one per printed line.
/// Rendered pages and hand-written text, whose paragraphs are lines of any length, are left as they are.
/// </summary>
internal static class HardWrapJoiner
{
    // A line of prose long enough to say something of the page's width; shorter ones are labels, bylines and headings.
    private const int MinProseLine = 30;

    // Wrapped prose is printed at 60 to 100 characters a line; longer lines are paragraphs written on one line.
    private const int MaxWrapWidth = 100;
    private const int MinWrapWidth = 50;

    // How far short of the width a wrapped line may end: the next word did not fit.
    private const int WrapSlack = 22;

    private const int MinWrappedLines = 8;

    // Lines that run on from the one before: a few paragraphs of two or three printed lines each.
    private const int MinRunOnLines = 5;

    public static string Join(string text)
    {
        if (!MayBeWrapped(text))
        {
            return text;
        }
        var lines = text.Split('\n');
        var width = lines.Length < MinWrappedLines ? 0 : WrapWidth(lines);
        if (width is < MinWrapWidth or > MaxWrapWidth)
        {
            return text;
        }
        var joined = new System.Text.StringBuilder(text.Length);
        joined.Append(lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            joined.Append(IsWrappedBefore(lines[i - 1], lines[i], width) ? ' ' : '\n');
            joined.Append(lines[i]);
        }
        return joined.ToString();
    }

    /// <summary>
    /// Whether <see cref="WrapWidth"/> can find a width at all, read without splitting the text: every document comes through
    /// here, and a rendered page's paragraphs, longer than any wrap width, put its tenth-longest-percent prose line past it.
    /// </summary>
    private static bool MayBeWrapped(string text)
    {
        var prose = 0;
        var longer = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.Length >= MinProseLine && line.Contains(' '))
            {
                prose++;
                longer += line.Length > MaxWrapWidth ? 1 : 0;
            }
        }
        // WrapWidth takes the line at 90 % of the sorted lengths; it is longer than the widest wrap when that many are.
        return prose >= MinWrappedLines && longer < prose - (int)(prose * 0.9);
    }

    /// <summary>The width the prose was wrapped at, or 0 when most prose lines do not end near one width.</summary>
    private static int WrapWidth(string[] lines)
    {
        var lengths = new List<int>();
        foreach (var line in lines)
        {
            if (line.Length >= MinProseLine && line.Contains(' ', StringComparison.Ordinal))
            {
                lengths.Add(line.Length);
            }
        }
        if (lengths.Count < MinWrappedLines)
        {
            return 0;
        }
        lengths.Sort();
        var width = lengths[(int)(lengths.Count * 0.9)];
        var nearWidth = lengths.Count(length => length >= width - WrapSlack && length <= MaxWrapWidth);
        // Most prose lines end within a word's length of one width, and several lines follow one another within a paragraph.
        return nearWidth * 10 >= lengths.Count * 6 && CountLinesFollowingProse(lines, width) >= MinRunOnLines ? width : 0;
    }

    private static int CountLinesFollowingProse(string[] lines, int width)
    {
        var count = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            count += IsWrappedBefore(lines[i - 1], lines[i], width) ? 1 : 0;
        }
        return count;
    }

    private static bool IsWrappedBefore(string previous, string next, int width)
    {
        if (previous.Length < width - WrapSlack || previous.Length > MaxWrapWidth || next.Length == 0 || !previous.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }
        var first = next[0];
        // A sentence runs on: the next line opens in lower case, or the line before ends on a comma or a word in lower case.
        // A title in title case ("The Year Mashed Up") over a first paragraph does neither.
        var runsOn = char.IsLower(first) || char.IsDigit(first) || previous[^1] is ',' or ';' || EndsWithLowerCaseWord(previous)
            && (char.IsLetter(first) || first is '(' or '"' or '\'' or '“' or '‘');
        // A list item, a quote's dash or a line in capitals stands alone.
        return runsOn && !next.StartsWith("- ", StringComparison.Ordinal) && !IsInCapitals(next);
    }

    private static bool EndsWithLowerCaseWord(string line)
    {
        var space = line.LastIndexOf(' ');
        return space >= 0 && space + 1 < line.Length && char.IsLower(line[space + 1]) && char.IsLetter(line[^1]);
    }

    private static bool IsInCapitals(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters > 0;
    }
}
