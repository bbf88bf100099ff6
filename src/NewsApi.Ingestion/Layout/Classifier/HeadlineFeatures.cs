using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout.Classifier;

/// <summary>The lines around the start of the article text that could be its headline, each with the measures <see cref="LineClassifier"/> weighs.</summary>
/// <remarks>
/// Chrome above a headline (menu labels, site names, breadcrumbs, banners) is short, repeated, in runs of short lines and
/// shares no words with the lead; a headline is a title-shaped line close above the text, often with a byline or date under it.
/// </remarks>
internal static class HeadlineFeatures
{
    // How far above the article's first line a headline is looked for, and how far into it. Guides and list pages put a
    // table of contents or a long menu between the title and the text; the distance feature, not the window, weighs reach.
    public const int WindowAbove = 40;
    public const int WindowInside = 2;

    private const int MinWords = 2;
    private const int MaxWords = 30;

    public const int Count = 28;

    // How many lines of the article text its headline's words are looked for in.
    private const int ArticleReach = 30;

    public readonly record struct Candidate(int Index, double[] Features);

    /// <summary>Candidates from the top of the window down; <paramref name="first"/> is the article text's first line.</summary>
    public static List<Candidate> Candidates(IReadOnlyList<string> lines, int first, double[] bodyProbability)
    {
        var candidates = new List<Candidate>();
        if (first < 0 || first >= lines.Count)
        {
            return candidates;
        }
        var opening = HeadlineLines.Terms(lines.Skip(first).Take(3));
        var article = HeadlineLines.Terms(lines.Skip(first).Take(ArticleReach));
        var from = Math.Max(0, first - WindowAbove);
        var to = Math.Min(lines.Count, first + WindowInside + 1);
        var titleShapedBelow = 0;
        var features = new List<(int Index, double[] Row)>();
        // Each line is the stamp below one candidate and above the next: asked once, not twice (a date and a byline parse each).
        var stamps = new sbyte[lines.Count];
        // Counted once for the page, not by a pass over every line for each candidate: a rendered page has hundreds.
        var occurrences = new Dictionary<string, int>(lines.Count, StringComparer.Ordinal);
        foreach (var line in lines)
        {
            occurrences[line] = occurrences.GetValueOrDefault(line) + 1;
        }
        for (var i = to - 1; i >= from; i--)
        {
            var line = lines[i];
            var words = LayoutText.CountWords(line);
            var titleShaped = HeadlineLines.IsTitleShaped(line);
            if (words is >= MinWords and <= MaxWords && line.Length <= 300)
            {
                features.Add((i, Measure(lines, i, first, words, titleShaped, titleShapedBelow, opening, article, bodyProbability, stamps, occurrences[line])));
            }
            titleShapedBelow += titleShaped && i < first ? 1 : 0;
        }
        for (var k = features.Count - 1; k >= 0; k--)
        {
            candidates.Add(new Candidate(features[k].Index, features[k].Row));
        }
        return candidates;
    }

    private static double[] Measure(
        IReadOnlyList<string> lines, int i, int first, int words, bool titleShaped, int titleShapedBelow, HashSet<string> opening, HashSet<string> article,
        double[] bodyProbability, sbyte[] stamps, int occurrences)
    {
        var line = lines[i];
        var row = new double[Count];
        row[0] = Math.Log(1 + words);
        row[1] = words is >= 4 and <= 20 ? 1 : 0;
        row[2] = words < 4 ? 1 : 0;
        row[3] = Math.Log(1 + Math.Max(0, first - i));
        row[4] = i >= first ? 1 : 0;
        var terms = HeadlineLines.Terms(line);
        var overlap = terms.Count(opening.Contains);
        row[5] = Math.Log(1 + overlap);
        row[6] = terms.Count > 0 ? (double)overlap / terms.Count : 0;
        int tokens = 0, capitalized = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = LayoutText.Trim(line.AsSpan(range), LayoutText.TokenPunctuation);
            if (!token.IsEmpty)
            {
                tokens++;
                capitalized += char.IsUpper(token[0]) ? 1 : 0;
            }
        }
        row[7] = tokens > 0 ? (double)capitalized / tokens : 0;
        row[8] = LayoutText.EndsSentence(line) && !line.EndsWith('?') && !line.EndsWith('!') ? 1 : 0;
        row[9] = line.EndsWith('?') || line.EndsWith('!') ? 1 : 0;
        row[10] = titleShaped ? 1 : 0;
        row[11] = occurrences > 1 ? 1 : 0;
        row[12] = i > 0 && LayoutText.CountWords(lines[i - 1]) <= 3 ? 1 : 0;
        // "By" alone over the writer's name is a byline too, on two lines.
        row[13] = i + 1 < lines.Count && (IsStampAt(lines, i + 1, stamps)
            || HeadlineLines.IsBylineLabel(lines[i + 1]) && i + 2 < lines.Count && BylineParser.TryParseNameLine(lines[i + 2], out _)) ? 1 : 0;
        row[14] = i + 1 < lines.Count && LayoutText.IsProse(lines[i + 1]) ? 1 : 0;
        row[15] = Math.Log(1 + titleShapedBelow);
        row[16] = bodyProbability[i];
        row[17] = line.Contains(" | ", StringComparison.Ordinal) || line.Contains(" - ", StringComparison.Ordinal)
            || line.Contains(" – ", StringComparison.Ordinal) || line.Contains(" — ", StringComparison.Ordinal) ? 1 : 0;
        row[18] = ChromeDetector.IsChromeAsTrained(line) ? 1 : 0;
        row[19] = Math.Log(1 + i);
        var (letters, upper) = LayoutText.CountLetters(line);
        row[20] = letters >= 4 && upper >= letters * 0.8 ? 1 : 0;
        row[21] = line.EndsWith(':') ? 1 : 0;
        row[22] = terms.Count > 0 ? (double)terms.Count(article.Contains) / terms.Count : 0;
        row[23] = IsInsideLongerLine(lines, line) ? 1 : 0;
        row[24] = i > 0 && IsStampAt(lines, i - 1, stamps) ? 1 : 0;
        // A comment's "Jane July 31, 2012 at 9:39 pm" or a stamp line holds a date; a headline seldom does.
        row[25] = line.Length <= 200 && PublishedDateParser.TryParse(line, out _) ? 1 : 0;
        row[26] = line.AsSpan().IndexOfAny("»›>/·") >= 0 ? 1 : 0;
        // Printed twice (a title bar and the heading): the page's own title; more often, a menu or a list.
        row[27] = occurrences == 2 && words >= 3 ? 1 : 0;
        return row;
    }

    private static bool IsStampAt(IReadOnlyList<string> lines, int k, sbyte[] stamps)
    {
        if (stamps[k] == 0)
        {
            stamps[k] = IsStamp(lines[k]) ? (sbyte)1 : (sbyte)-1;
        }
        return stamps[k] > 0;
    }

    internal static bool IsStamp(string line) =>
        line.Length <= 200 && (PublishedDateParser.TryParse(line, out _) || BylineParser.TryParseByLine(line, out _) || ChromeDetector.IsRelativeStamp(line)
            || IsFirstNameSignature(line));

    /// <summary>
    /// "Posted by Mira, filed under Ferries" / "Posted by Mira | View all posts": a blog signs with the writer's first name alone,
    /// which the byline reader turns away (one word may be any word); the explicit prefix and the bar or comma after it still sign.
    /// </summary>
    private static bool IsFirstNameSignature(string line)
    {
        var prefix = line.StartsWith("Posted by ", StringComparison.Ordinal) ? 10 : line.StartsWith("Article by ", StringComparison.Ordinal) ? 11 : 0;
        if (prefix == 0)
        {
            return false;
        }
        var rest = line.AsSpan(prefix);
        var end = rest.IndexOfAny(',', '|');
        var name = (end > 0 ? rest[..end] : rest).Trim();
        return name.Length >= 2 && name.IndexOf(' ') < 0 && char.IsUpper(name[0]) && name[1..].ContainsAnyInRange('a', 'z') && !name.ContainsAnyExceptInRange('A', 'z');
    }

    /// <summary>A breadcrumb or a title bar that ends in the headline ("Home / World / Storm closes port"), as pages often print above it.</summary>
    private static bool IsInsideLongerLine(IReadOnlyList<string> lines, string line)
    {
        if (line.Length < 12)
        {
            return false;
        }
        foreach (var other in lines)
        {
            if (other.Length > line.Length && other.Length <= line.Length * 3 + 80 && other.Contains(line, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
