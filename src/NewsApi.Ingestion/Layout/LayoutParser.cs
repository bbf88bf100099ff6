namespace NewsApi.Ingestion.Layout;

/// <summary>Finds headline, dates, dateline, byline, body, images, related headlines and tags in normalized text.</summary>
public static class LayoutParser
{
    // Placeholder until the layout stage lands: blank-line paragraphs, first line as headline.
    public static DocumentLayout Parse(string normalizedText)
    {
        var paragraphs = normalizedText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new DocumentLayout
        {
            Headline = paragraphs.Length > 0 ? paragraphs[0] : "",
            Body = paragraphs.Skip(1).ToArray(),
        };
    }
}
