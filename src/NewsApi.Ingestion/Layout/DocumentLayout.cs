namespace NewsApi.Ingestion.Layout;

/// <summary>The page's structure once chrome is gone: what the layout stage hands to entity extraction.</summary>
public sealed record DocumentLayout
{
    public required string Headline { get; init; }
    public bool HeadlineDerived { get; init; }
    public string? Standfirst { get; init; }
    public string? Section { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public bool PublishedDateOnly { get; init; }
    public string? Source { get; init; }
    public string? Dateline { get; init; }

    /// <summary>The dateline's whole place text, country or state included ("LISBON, Portugal"), where <see cref="Dateline"/> keeps the city alone.</summary>
    public string? DatelinePlace { get; init; }
    public IReadOnlyList<BylineAuthor> Byline { get; init; } = [];
    public IReadOnlyList<ContributorDraft> Contributors { get; init; } = [];

    /// <summary>Where the byline's and the credits' reporters filed from ("additional reporting by Ana Roe in Oslo"), as printed.</summary>
    public IReadOnlyList<string> CreditPlaces { get; init; } = [];

    /// <summary>Clean body paragraphs; the first is the lead, dateline prefix removed.</summary>
    public IReadOnlyList<string> Body { get; init; } = [];
    public IReadOnlyList<ImageDraft> Images { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>An author from the byline; the title is what followed the name ("Science correspondent"), if anything.</summary>
public sealed record BylineAuthor(string Name, string? Title)
{
    /// <summary>
    /// "By Rev. Mara Quist": an honorific before the writer's name is a title, not part of the name the byline lists; it
    /// becomes the title when the line gave none.
    /// </summary>
    internal BylineAuthor WithoutHonorific()
    {
        var space = Name.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || Name.IndexOf(' ', space + 1) < 0)
        {
            return this;
        }
        var first = Name[..space].TrimEnd('.');
        return Entities.Lexicon.Honorifics.IsHonorific(first) ? new BylineAuthor(Name[(space + 1)..], Title ?? first) : this;
    }
}
