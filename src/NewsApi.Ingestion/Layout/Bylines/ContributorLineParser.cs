using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout.Bylines;

/// <summary>Reads credit lines: "Reporting by X; additional reporting by Y in Oslo; Editing by Z", "X and Y contributed to this report".</summary>
internal static partial class ContributorLineParser
{
    private const int MaxLineLength = 400;

    public static bool TryParse(string line, out IReadOnlyList<ContributorDraft> contributors)
    {
        contributors = [];
        if (line.Length is < 8 or > MaxLineLength
            || (!line.Contains(" by", StringComparison.OrdinalIgnoreCase) && !line.Contains("contributed", StringComparison.OrdinalIgnoreCase)
                && !line.Contains("assistance", StringComparison.OrdinalIgnoreCase) && !IsReportFromLine(line)))
        {
            return false;
        }
        var text = line.AsSpan().Trim().TrimStart("(-–— ").TrimEnd(" .)").ToString();
        if (TryParseEachSentence(text, out contributors))
        {
            return true;
        }
        var found = new List<ContributorDraft>();

        var contributed = text.Contains("contributed", StringComparison.OrdinalIgnoreCase) ? ContributedForm().Match(text) : Match.Empty;
        if (contributed.Success)
        {
            var role = contributed.Groups["what"].Value.Contains("research", StringComparison.OrdinalIgnoreCase) ? "research" : "reporting";
            AddNames(found, contributed.Groups["names"].Value, role);
            contributors = found;
            return found.Count > 0;
        }

        var assisted = text.Contains("assistance", StringComparison.OrdinalIgnoreCase) || text.StartsWith("with help", StringComparison.OrdinalIgnoreCase) || IsReportFromLine(text)
            ? AssistanceForm().Match(text)
            : Match.Empty;
        if (assisted.Success)
        {
            AddNames(found, assisted.Groups["names"].Value, "reporting");
            contributors = found;
            return found.Count > 0;
        }

        if (!StartsWithRoleWord(text))
        {
            return false;
        }
        foreach (var segment in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = RoleByForm().Match(segment);
            if (!match.Success)
            {
                return false;
            }
            AddNames(found, match.Groups["names"].Value, RoleName(match.Groups["role"].Value));
        }
        contributors = found;
        return found.Count > 0;
    }

    /// <summary>
    /// "Written by X. Y contributed reporting.": two credits in two sentences, each read on its own, so that no name runs
    /// over the full stop into the next.
    /// </summary>
    private static bool TryParseEachSentence(string text, out IReadOnlyList<ContributorDraft> contributors)
    {
        contributors = [];
        for (var stop = text.IndexOf(". ", StringComparison.Ordinal); stop > 0; stop = text.IndexOf(". ", stop + 2, StringComparison.Ordinal))
        {
            var next = stop + 2;
            if (next >= text.Length || !char.IsUpper(text[next]) || !TryParse(text[..(stop + 1)], out var first) || !TryParse(text[next..], out var second))
            {
                continue;
            }
            contributors = [.. first, .. second];
            return true;
        }
        return false;
    }

    /// <summary>
    /// "Reporting by Ana Roe in Lima; additional reporting by Bo Kim in Quito": the towns the credited reporters filed from,
    /// one to four capitalized words after "in".
    /// </summary>
    public static IEnumerable<string> PlacesFiledFrom(string line)
    {
        foreach (Match match in PlaceFiledFrom().Matches(line))
        {
            yield return match.Groups["place"].Value;
        }
    }

    [GeneratedRegex(@"\bin\s+(?<place>\p{Lu}[\p{L}'’.-]*(?:\s+(?:de\s+|do\s+|da\s+)?\p{Lu}[\p{L}'’.-]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceFiledFrom();

    private static bool IsReportFromLine(string line)
    {
        var text = line.AsSpan().TrimStart("(-–— ");
        return text.StartsWith("with a report from ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("with reports from ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool StartsWithRoleWord(string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }
        var first = text.AsSpan(0, space);
        foreach (var word in (ReadOnlySpan<string>)["with", "text", "words", "pictures", "reporting", "additional", "further", "writing", "editing", "fact-checking", "fact", "graphics",
            "research", "photography", "photographs", "photos", "production", "translation", "design", "video", "data", "compiled", "compiling",
            "produced", "edited", "written", "reported"])
        {
            if (first.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static void AddNames(List<ContributorDraft> found, string names, string role)
    {
        foreach (var piece in BylineParser.SplitNameList(names))
        {
            if (NameAtEnd(piece) is { } name)
            {
                found.Add(new ContributorDraft(PersonNameText.FixCapitals(name), role));
            }
        }
    }

    /// <summary>The name closing a piece, past any outlet and job title: "Associated Press writer Ilse Marchetti" → "Ilse Marchetti".</summary>
    private static string? NameAtEnd(string piece)
    {
        // "Anik Roe / Padma Photo Collective": the agency or collective after a slash is the photographer's, not a name.
        if (piece.IndexOf(" / ", StringComparison.Ordinal) is var slash and > 0)
        {
            piece = piece[..slash];
        }
        if (PersonNameText.LooksLikeName(piece))
        {
            return piece;
        }
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(4, words.Length - 1); take >= 2; take--)
        {
            var tail = string.Join(' ', words[^take..]);
            if (PersonNameText.LooksLikeName(tail) && !char.IsUpper(words[^(take + 1)][0]))
            {
                return tail;
            }
        }
        return null;
    }

    private static string RoleName(string printed)
    {
        var role = printed.ToLowerInvariant().Replace("fact checking", "fact-checking", StringComparison.Ordinal);
        return role switch
        {
            "compiled" or "compiling" => "compiling",
            "produced" => "production",
            "photographs" or "photos" or "pictures" => "photography",
            "text" or "words" => "writing",
            "edited" => "editing",
            "written" => "writing",
            "reported" => "reporting",
            _ => role,
        };
    }

    [GeneratedRegex(@"^(?:with\s+)?(?:additional\s+|further\s+)?(?<role>reporting|writing|editing|fact[- ]checking|graphics|research|photography|photographs|photos|pictures|text|words|production|translation|design|video|data|compiled|compiling|produced|edited|written|reported)\s+by:?\s+(?<names>.{3,200})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleByForm();

    // "With a report from X, Y News" closes a broadcaster's story as "With reporting by" closes a wire's.
    [GeneratedRegex(@"^(?:with\s+)?(?:additional\s+)?(?:assistance|help|a\s+report|reports)\s+(?:from|by)\s+(?<names>[^;]{3,200})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssistanceForm();

    [GeneratedRegex(@"^(?<names>[^;]{3,200}?)\s+contributed\s+(?<what>to\s+this\s+(?:report|story|article)|(?:additional\s+)?reporting|research|from\s+(?=[A-Z])).{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContributedForm();
}
