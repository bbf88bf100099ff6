using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.LineClassifierTraining;

/// <summary>A rendered page split into lines as the parser splits it, each labelled by whether the true main text holds it.</summary>
internal sealed partial class TrainingPage
{
    // A short line counts as article text only where it stands next in the truth, not wherever its words occur.
    private const int ShortLineReach = 80;

    public required string DataSet { get; init; }
    public required string Id { get; init; }
    public required List<string> Lines { get; init; }
    public required int[] Labels { get; init; }
    public required string? Title { get; init; }

    /// <summary>The manifest's title and the page's own &lt;title&gt; and og:title/twitter:title: what a headline may be found in.</summary>
    public required List<string> Titles { get; init; }

    /// <param name="renderedRoot">Where the rendered text is, as <c>&lt;root&gt;/&lt;set&gt;/&lt;id&gt;.txt</c>; null for each set's own <c>rendered/</c>.</param>
    public static IEnumerable<TrainingPage> Load(string dataRoot, string dataSet, string? renderedRoot = null)
    {
        var dir = Path.Combine(dataRoot, dataSet);
        var manifest = File.ReadAllLines(Path.Combine(dir, "manifest.tsv"));
        var header = manifest[0].Split('\t');
        int idColumn = Array.IndexOf(header, "id"), titleColumn = Array.IndexOf(header, "title");
        foreach (var row in manifest.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).OrderBy(c => c[idColumn], StringComparer.Ordinal))
        {
            var id = row[idColumn];
            var rendered = renderedRoot is null ? Path.Combine(dir, "rendered", id + ".txt") : Path.Combine(renderedRoot, dataSet, id + ".txt");
            var truthFile = Path.Combine(dir, "truth", id + ".txt");
            if (!File.Exists(rendered) || !File.Exists(truthFile))
            {
                continue;
            }
            var text = File.ReadAllText(rendered, Encoding.UTF8);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var lines = LayoutParser.SplitLines(TextNormalizer.Normalize(text));
            var truth = File.ReadAllText(truthFile, Encoding.UTF8);
            var title = titleColumn >= 0 && row[titleColumn].Length > 0 ? row[titleColumn] : null;
            var htmlFile = Path.Combine(dir, "html", id + ".html");
            var titles = File.Exists(htmlFile) ? PageTitles(File.ReadAllText(htmlFile, Encoding.UTF8)) : [];
            if (title is not null)
            {
                titles.Insert(0, title);
            }
            yield return new TrainingPage
            {
                DataSet = dataSet,
                Id = id,
                Lines = lines,
                Labels = Label(lines, TextNormalizer.Normalize(truth)),
                Title = title,
                Titles = titles.Select(t => Regex.Replace(TextNormalizer.Normalize(t), @"\s+", " ").Trim()).Where(t => t.Length > 0).ToList(),
            };
        }
    }

    /// <summary>1 for a line whose 4-word shingles are mostly in the truth; a shorter line must come next in the truth's order.</summary>
    private static int[] Label(List<string> lines, string truth)
    {
        var truthTokens = Tokens(truth);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= truthTokens.Length; i++)
        {
            var key = string.Join(' ', truthTokens, i, 4);
            if (!positions.TryGetValue(key, out var list))
            {
                positions[key] = list = [];
            }
            list.Add(i);
        }

        var labels = new int[lines.Count];
        var cursor = 0;
        for (var l = 0; l < lines.Count; l++)
        {
            var tokens = Tokens(lines[l]);
            if (tokens.Length >= 4)
            {
                int found = 0, total = tokens.Length - 3, last = -1;
                for (var i = 0; i < total; i++)
                {
                    if (positions.TryGetValue(string.Join(' ', tokens, i, 4), out var at))
                    {
                        found++;
                        last = Math.Max(last, at[0]);
                    }
                }
                if (found * 2 >= total)
                {
                    labels[l] = 1;
                    cursor = Math.Max(cursor, last);
                }
            }
            else if (tokens.Length > 0)
            {
                var at = Find(truthTokens, tokens, Math.Max(0, cursor - 10), cursor + ShortLineReach);
                if (at >= 0)
                {
                    labels[l] = 1;
                    cursor = at + tokens.Length;
                }
            }
        }
        return labels;
    }

    private static int Find(string[] haystack, string[] needle, int from, int to)
    {
        for (var i = from; i <= Math.Min(to, haystack.Length - needle.Length); i++)
        {
            var match = true;
            for (var k = 0; k < needle.Length && match; k++)
            {
                match = haystack[i + k] == needle[k];
            }
            if (match)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The page's &lt;title&gt; and its og:title/twitter:title; a regex is enough for two well-known elements.</summary>
    private static List<string> PageTitles(string html)
    {
        var titles = new List<string>();
        if (TitleElement().Match(html) is { Success: true } title)
        {
            titles.Add(WebUtility.HtmlDecode(title.Groups[1].Value));
        }
        foreach (Match meta in MetaElement().Matches(html))
        {
            if (TitleProperty().IsMatch(meta.Value) && ContentAttribute().Match(meta.Value) is { Success: true } content)
            {
                titles.Add(WebUtility.HtmlDecode(content.Groups[2].Value));
            }
        }
        return titles;
    }

    [GeneratedRegex(@"<title\b[^>]*>(.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaElement();

    [GeneratedRegex(@"(?:property|name)\s*=\s*[""']?(?:og:title|twitter:title)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleProperty();

    [GeneratedRegex(@"content\s*=\s*([""'])(.*?)\1", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ContentAttribute();

    public static string[] Tokens(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
