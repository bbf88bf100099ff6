namespace NewsApi.Ingestion.Layout;

/// <summary>
/// A box drawn around lines with box-drawing characters ("┌────┐" over them, "└────┘" under them), as a plain-text page sets a
/// notice, a listing or an advertisement apart from the story it stands in.
/// </summary>
internal static class DrawnBoxes
{
    // A box holds a notice or a short list; a longer stretch between two rules is more likely the page's own frame.
    private const int MaxBoxLines = 20;
    private const int MinBorderLength = 5;

    /// <summary>The lines without the boxes drawn inside them, borders included; the same list when there is none.</summary>
    public static List<string> Without(List<string> lines)
    {
        List<string>? kept = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var bottom = IsBorder(lines[i], top: true) ? BottomBorder(lines, i) : -1;
            if (bottom < 0)
            {
                kept?.Add(lines[i]);
                continue;
            }
            kept ??= lines.GetRange(0, i);
            i = bottom;
        }
        return kept ?? lines;
    }

    private static int BottomBorder(List<string> lines, int top)
    {
        for (var k = top + 1; k < lines.Count && k - top <= MaxBoxLines + 1; k++)
        {
            if (IsBorder(lines[k], top: false))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>"┌──────┐", "╔════╗", "╭────╮" (a top) or their bottoms: a corner, then only line-drawing characters.</summary>
    private static bool IsBorder(string line, bool top)
    {
        if (line.Length < MinBorderLength || (top ? line[0] is not ('┌' or '╔' or '╭') : line[0] is not ('└' or '╚' or '╰')))
        {
            return false;
        }
        foreach (var c in line)
        {
            if (c is < '\u2500' or > '\u257F')
            {
                return false;
            }
        }
        return true;
    }
}
