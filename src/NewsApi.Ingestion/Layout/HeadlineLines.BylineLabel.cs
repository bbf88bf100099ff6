using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Layout;

/// <summary>The writer's name under a byline's label on a line of its own, or with the letters of degrees after it.</summary>
internal static partial class HeadlineLines
{
    /// <summary>"By" or "By:" alone on its line: the byline's label, with the writer's name on the next line.</summary>
    internal static bool IsBylineLabel(string line) => line.Trim() is "By" or "by" or "BY" or "By:" or "by:" or "BY:";

    /// <summary>"Jane Roe, MS, RD": a person's name, then the letters of degrees after commas; an author's line, not a title.</summary>
    private static bool IsNameWithCredentials(string line)
    {
        var parts = line.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !BylineParser.TryParseNameLine(parts[0], out var author) || author.Name.Length < parts[0].Length - 1)
        {
            return false;
        }
        for (var k = 1; k < parts.Length; k++)
        {
            var letters = parts[k].Replace(".", "", StringComparison.Ordinal);
            if (letters.Length is < 2 or > 6 || !letters.All(char.IsLetter) || letters.Count(char.IsUpper) < 2)
            {
                return false;
            }
        }
        return true;
    }
}
