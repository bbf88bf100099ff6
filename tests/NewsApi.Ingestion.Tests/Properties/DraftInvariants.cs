using System.Globalization;
using System.Text;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion.Tests.Properties;

/// <summary>
/// What must hold of the parser's answer for any text at all. One definition, compiled into both the property tests and
/// the AFL harness (fuzz/NewsApi.Ingestion.Fuzz links this file), so that a broken invariant is a crash to AFL too.
/// </summary>
internal static class DraftInvariants
{
    /// <summary>Parses the text and lists every invariant the result breaks; any exception but the typed empty-input one escapes.</summary>
    public static IReadOnlyList<string> Check(string text, Action<ArticleDraft>? observe = null)
    {
        ArticleDraft draft;
        try
        {
            draft = NewsDocumentParser.Parse(text, "property.txt");
        }
        catch (EmptyDocumentException)
        {
            return string.IsNullOrWhiteSpace(TextNormalizer.Normalize(text))
                ? []
                : ["EmptyDocumentException for a document that still has text after normalization"];
        }
        observe?.Invoke(draft);
        return Check(text, draft);
    }

    public static IReadOnlyList<string> Check(string text, ArticleDraft draft)
    {
        var problems = new List<string>();
        foreach (var (field, value) in TextFields(draft))
        {
            if (value.Contains('\u00A0', StringComparison.Ordinal))
            {
                problems.Add($"{field} holds U+00A0: {Show(value)}");
            }
        }

        // Paragraphs are joined from lines, so a quote may cross a line break of the source: compare with whitespace folded.
        var source = FoldWhitespace(TextNormalizer.Normalize(text));
        var people = draft.People.Select(person => person.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < draft.Quotes.Count; i++)
        {
            var quote = draft.Quotes[i];
            if (!source.Contains(FoldWhitespace(quote.Text), StringComparison.Ordinal))
            {
                problems.Add($"quotes[{i}] text is not in the normalized source: {Show(quote.Text)}");
            }
            if (quote.Speaker is { } speaker && !people.Contains(speaker))
            {
                problems.Add($"quotes[{i}] speaker {Show(speaker)} is not among the people: {string.Join(" | ", people.Select(Show))}");
            }
        }

        if (draft.PublishedAt is { } published && published.Offset != TimeSpan.Zero)
        {
            problems.Add($"publishedAt {published.ToString("O", CultureInfo.InvariantCulture)} is not UTC");
        }
        return problems;
    }

    /// <summary>Every text the draft shows a reader; none may keep a no-break space, since the normalizer folds them all.</summary>
    internal static IEnumerable<(string Field, string Value)> TextFields(ArticleDraft draft)
    {
        yield return ("headline", draft.Headline);
        yield return ("lead", draft.Lead);
        if (draft.Standfirst is { } standfirst)
        {
            yield return ("standfirst", standfirst);
        }
        if (draft.Section is { } section)
        {
            yield return ("section", section);
        }
        if (draft.Dateline is { } dateline)
        {
            yield return ("dateline", dateline);
        }
        for (var i = 0; i < draft.Body.Count; i++)
        {
            yield return ($"body[{i}]", draft.Body[i]);
        }
        for (var i = 0; i < draft.Images.Count; i++)
        {
            yield return ($"images[{i}].caption", draft.Images[i].Caption);
        }
        for (var i = 0; i < draft.Quotes.Count; i++)
        {
            yield return ($"quotes[{i}].text", draft.Quotes[i].Text);
        }
        for (var i = 0; i < draft.People.Count; i++)
        {
            yield return ($"people[{i}].name", draft.People[i].Name);
        }
        for (var i = 0; i < draft.Tags.Count; i++)
        {
            yield return ($"tags[{i}]", draft.Tags[i]);
        }
    }

    private static string FoldWhitespace(string text)
    {
        var folded = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            folded.Append(c);
        }
        return folded.ToString();
    }

    /// <summary>A value in a failure message, with invisible and unpaired characters spelled out and long values cut.</summary>
    public static string Show(string value, int maxLength = 200)
    {
        var shown = new StringBuilder(Math.Min(value.Length, maxLength) + 2).Append('"');
        foreach (var c in value.Length > maxLength ? value[..maxLength] : value)
        {
            if (c is '"' or '\\' || char.IsControl(c) || char.IsSurrogate(c) || c >= '\u007F' && !char.IsLetterOrDigit(c))
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                shown.Append(c);
            }
        }
        return shown.Append(value.Length > maxLength ? $"\"... ({value.Length} characters)" : "\"").ToString();
    }
}
