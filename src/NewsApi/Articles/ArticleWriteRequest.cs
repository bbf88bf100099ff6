using System.Text.Json.Serialization;
using FluentValidation;
using NewsApi.Ingest;
using NewsApi.Ingestion;

namespace NewsApi.Articles;

/// <summary>
/// An article as an editor sends it to create (POST), replace (PUT) or patch (PATCH) one. The slug, id, content hash,
/// timestamps and word count are the server's: sending them is a 400. The first body paragraph is the lead.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ArticleWriteRequest
{
    /// <summary>The headline; required.</summary>
    /// <example>Ministers agree on a new rail link</example>
    public string? Headline { get; init; }

    /// <summary>The summary under the headline.</summary>
    /// <example>The line will cut the journey to two hours.</example>
    public string? Standfirst { get; init; }

    /// <summary>The site section.</summary>
    /// <example>World</example>
    public string? Section { get; init; }

    /// <summary>Paragraphs in order, at least one; the first is the lead.</summary>
    /// <example>["Transport ministers agreed on Monday to build a new rail link.", "Work starts next year."]</example>
    public IReadOnlyList<string>? Body { get; init; }

    /// <summary>UTC instant of publication; from 1900 to one day ahead.</summary>
    /// <example>2026-01-05T09:30:00Z</example>
    [JsonConverter(typeof(StrictInstantConverter))]
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The news agency credited.</summary>
    /// <example>Reuters</example>
    public string? Source { get; init; }

    /// <summary>The dateline place.</summary>
    /// <example>VIENNA</example>
    public string? Dateline { get; init; }

    /// <summary>The article's own page address: absolute http or https, at most 2048 characters.</summary>
    /// <example>https://news.example.org/2026/01/05/rail-link</example>
    public string? CanonicalUrl { get; init; }

    /// <summary>Tag slugs; a slug no tag has yet creates a topic tag named after it ("rail-transport" → "Rail Transport").</summary>
    /// <example>["rail-transport", "austria"]</example>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>People the article shows, by slug; each must exist (create them with POST /api/people).</summary>
    public IReadOnlyList<ArticlePersonRequest>? People { get; init; }

    /// <summary>Organization slugs; each must exist (create them with POST /api/organizations).</summary>
    /// <example>["european-commission"]</example>
    public IReadOnlyList<string>? Organizations { get; init; }

    /// <summary>Photos in page order.</summary>
    public IReadOnlyList<ImageRequest>? Images { get; init; }

    /// <summary>Headlines of related articles.</summary>
    /// <example>["Rail strike ends after three days"]</example>
    public IReadOnlyList<string>? Related { get; init; }

    /// <summary>Quotations in text order; a speaker, by slug, is shown as quoted.</summary>
    public IReadOnlyList<QuoteRequest>? Quotes { get; init; }

    /// <summary>The request that would recreate <paramref name="article"/>: what a merge patch is applied to.</summary>
    public static ArticleWriteRequest From(ArticleResponse article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var speakers = article.Quotes.Select(q => q.Speaker?.Slug).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new ArticleWriteRequest
        {
            Headline = article.Headline,
            Standfirst = article.Standfirst,
            Section = article.Section,
            Body = article.Body,
            PublishedAt = article.PublishedAt,
            Source = article.Source,
            Dateline = article.Dateline,
            CanonicalUrl = article.CanonicalUrl,
            Tags = article.Tags.Select(t => t.Slug).ToList(),
            // "quoted" follows from the quotes, so removing a person's last quote removes the role too.
            People = article.People
                .Select(p => new ArticlePersonRequest(p.Slug, p.Title, speakers.Contains(p.Slug) ? p.Roles.Where(r => r != PersonRoleName.Quoted).ToList() : p.Roles))
                .ToList(),
            Organizations = article.Organizations.Select(o => o.Slug).ToList(),
            Images = article.Images.Select(i => new ImageRequest(i.Caption, i.Credit, i.Url)).ToList(),
            Related = article.Related.Select(r => r.Headline).ToList(),
            Quotes = article.Quotes.Select(q => new QuoteRequest(q.Text, q.Speaker?.Slug, q.Partial)).ToList(),
        };
    }

    /// <summary>The edit the upsert service stores; call on a validated request only.</summary>
    public ArticleEdit ToEdit() => new()
    {
        Headline = Headline!,
        Standfirst = Standfirst,
        Section = Section,
        Body = Body!,
        PublishedAt = PublishedAt,
        Source = Source,
        Dateline = Dateline,
        CanonicalUrl = CanonicalUrl,
        TagSlugs = Tags ?? [],
        People = (People ?? []).Select(p => new PersonLinkEdit(p.Slug!, p.Title, PersonRoleNames.ToFlags(p.Roles ?? []))).ToList(),
        OrganizationSlugs = Organizations ?? [],
        Images = (Images ?? []).Select(i => new ImageDraft(i.Caption!, i.Credit, i.Url)).ToList(),
        Related = Related ?? [],
        Quotes = (Quotes ?? []).Select(q => new QuoteEdit(q.Text!, q.Speaker, q.Partial)).ToList(),
    };
}

/// <summary>A person shown in an article.</summary>
/// <param name="Slug" example="jane-doe">The person's slug; the person must exist.</param>
/// <param name="Title" example="transport minister">Their title as this article gives it.</param>
/// <param name="Roles">Where they appear: mentioned (the default), quoted, byline, contributor, photographer, in-caption.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ArticlePersonRequest(string? Slug, string? Title = null, IReadOnlyList<PersonRoleName>? Roles = null);

/// <summary>A photo.</summary>
/// <param name="Caption" example="The minister at the station in Vienna">The caption; required.</param>
/// <param name="Credit" example="Jane Doe/Reuters">The credit line.</param>
/// <param name="Url" example="https://news.example.org/media/2026/01/minister-vienna.jpg">The picture's address: absolute http or https.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ImageRequest(string? Caption, string? Credit = null, string? Url = null);

/// <summary>A quotation.</summary>
/// <param name="Text" example="This line will change how people travel">The quoted words; required.</param>
/// <param name="Speaker" example="jane-doe">The speaker's slug, if known; the person must exist.</param>
/// <param name="Partial" example="false">True for a quoted phrase inside a sentence.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record QuoteRequest(string? Text, string? Speaker = null, bool Partial = false);

public sealed class ArticleWriteRequestValidator : AbstractValidator<ArticleWriteRequest>
{
    public const int MaxParagraphs = 500;
    public const int ParagraphMaxLength = 20_000;
    public const int MaxLinks = 50;
    public const int MaxItems = 100;
    public const int MaxRoles = 6;
    public static readonly DateTimeOffset EarliestPublishedAt = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public ArticleWriteRequestValidator(TimeProvider time)
    {
        RuleFor(x => x.Headline).NotEmpty().MaximumLength(Article.HeadlineMaxLength).Must(NotBlank).WithMessage("The headline is blank.");
        RuleFor(x => x.Standfirst).MaximumLength(Article.StandfirstMaxLength);
        RuleFor(x => x.Section).MaximumLength(Article.SectionMaxLength);
        RuleFor(x => x.Source).MaximumLength(Article.SourceMaxLength);
        RuleFor(x => x.Dateline).MaximumLength(Article.DatelineMaxLength);
        RuleFor(x => x.CanonicalUrl!).AbsoluteHttpUrl(Article.CanonicalUrlMaxLength).When(x => x.CanonicalUrl is not null);

        RuleFor(x => x.Body).NotEmpty().WithMessage("An article has at least one body paragraph; the first is the lead.")
            .Must(body => body is null || body.Count <= MaxParagraphs).WithMessage($"An article has at most {MaxParagraphs} paragraphs.");
        RuleForEach(x => x.Body).NotEmpty().Must(NotBlank).WithMessage("A paragraph is blank.").MaximumLength(ParagraphMaxLength);

        RuleFor(x => x.PublishedAt)
            .Must(at => at is null || at >= EarliestPublishedAt).WithMessage("publishedAt is before 1900.")
            .Must(at => at is null || at <= time.GetUtcNow().AddDays(1)).WithMessage("publishedAt is more than a day in the future.");

        RuleFor(x => x.Tags).Must(list => list is null || list.Count <= MaxLinks).WithMessage($"At most {MaxLinks} tags.")
            .Must(Distinct).WithMessage("A tag slug appears twice.");
        RuleForEach(x => x.Tags).Slug(Tag.SlugMaxLength);

        RuleFor(x => x.Organizations).Must(list => list is null || list.Count <= MaxLinks).WithMessage($"At most {MaxLinks} organizations.")
            .Must(Distinct).WithMessage("An organization slug appears twice.");
        RuleForEach(x => x.Organizations).Slug(Organization.SlugMaxLength);

        RuleFor(x => x.People).Must(list => list is null || list.Count <= MaxLinks).WithMessage($"At most {MaxLinks} people.")
            .Must(list => Distinct(list?.Select(p => p.Slug).ToList())).WithMessage("A person slug appears twice.");
        RuleForEach(x => x.People).NotNull().ChildRules(person =>
        {
            person.RuleFor(p => p.Slug!).Slug(Person.SlugMaxLength).OverridePropertyName("slug");
            person.RuleFor(p => p.Title).MaximumLength(ArticlePerson.TitleMaxLength).OverridePropertyName("title");
            person.RuleFor(p => p.Roles).Must(roles => roles is null || roles.Count <= MaxRoles).WithMessage($"At most {MaxRoles} roles.")
                .OverridePropertyName("roles");
            person.RuleForEach(p => p.Roles).IsInEnum().OverridePropertyName("roles");
        });

        RuleFor(x => x.Images).Must(list => list is null || list.Count <= MaxItems).WithMessage($"At most {MaxItems} images.");
        RuleForEach(x => x.Images).NotNull().ChildRules(image =>
        {
            image.RuleFor(i => i.Caption).NotEmpty().MaximumLength(Image.CaptionMaxLength).OverridePropertyName("caption");
            image.RuleFor(i => i.Credit).MaximumLength(Image.CreditMaxLength).OverridePropertyName("credit");
            image.RuleFor(i => i.Url!).AbsoluteHttpUrl(Image.UrlMaxLength).When(i => i.Url is not null).OverridePropertyName("url");
        });

        RuleFor(x => x.Related).Must(list => list is null || list.Count <= MaxItems).WithMessage($"At most {MaxItems} related headlines.");
        RuleForEach(x => x.Related).NotEmpty().MaximumLength(RelatedHeadline.TextMaxLength);

        RuleFor(x => x.Quotes).Must(list => list is null || list.Count <= MaxItems).WithMessage($"At most {MaxItems} quotes.");
        RuleForEach(x => x.Quotes).NotNull().ChildRules(quote =>
        {
            quote.RuleFor(q => q.Text).NotEmpty().Must(NotBlank).WithMessage("The quote is blank.").MaximumLength(Quote.TextMaxLength).OverridePropertyName("text");
            quote.RuleFor(q => q.Speaker!).Slug(Person.SlugMaxLength).When(q => q.Speaker is not null).OverridePropertyName("speaker");
        });
    }

    private static bool NotBlank(string? value) => value is null || !string.IsNullOrWhiteSpace(value);

    private static bool Distinct(IReadOnlyList<string?>? values) =>
        values is null || values.Where(v => v is not null).Distinct(StringComparer.Ordinal).Count() == values.Count(v => v is not null);
}

/// <summary>Rules for an address the API hands on to clients as a link.</summary>
internal static class UrlRules
{
    /// <summary>Relative addresses and other schemes (javascript:, data:) mean nothing, or harm, in a client's link.</summary>
    public static IRuleBuilderOptions<T, string> AbsoluteHttpUrl<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.MaximumLength(maxLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .WithMessage("Must be an absolute http or https URL.");
}
