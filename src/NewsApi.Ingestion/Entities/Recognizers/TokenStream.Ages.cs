namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>What the story writes after a person's name and after no place's or body's: an age.</summary>
internal sealed partial class TokenStream
{
    /// <summary>"Ramil Dizon, 29;", "Sutarjo, a 52-year-old farmer": the age right after the name ending at <paramref name="e"/>.</summary>
    internal bool IsAgeAfter(int e)
    {
        var text = Unit.Text;
        return e > 0 && AgeAfterName().IsMatch(text.AsSpan(Math.Min(text.Length, Tokens[e - 1].End)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^,\s+(?:(?:a|an)\s+)?(?:[1-9]|[1-9]\d|1[01]\d)(?:-year-old\b|\s*[,;])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AgeAfterName();
}
