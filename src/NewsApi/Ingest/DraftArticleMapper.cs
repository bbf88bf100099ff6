using NewsApi.Ingestion;

namespace NewsApi.Ingest;

/// <summary>
/// A parsed draft onto an article row: its fields clipped to the column limits, and its people, organizations, tags,
/// quotes, images and related headlines resolved (through <see cref="EntityResolver"/>) and collected in <see cref="ArticleRows"/>,
/// not in the article's navigations, so that the change tracker never sees them.
/// </summary>
internal static class DraftArticleMapper
{
    /// <summary>The draft's fields, then its people (and quotes), organizations, tags, images and related headlines.</summary>
    public static async Task ApplyAsync(ArticleDraft draft, Article article, EntityResolver resolver, ArticleRows rows, DateTimeOffset now, CancellationToken ct)
    {
        resolver.BeginDocument();
        CopyArticleFields(draft, article, now);
        await LinkPeopleAsync(draft, article, resolver, rows, ct);
        await LinkOrganizationsAsync(draft, article, resolver, rows, ct);
        await LinkTagsAsync(draft, article, resolver, rows, ct);
        AddImagesAndRelated(draft, article, rows.Images, rows.RelatedHeadlines);
    }

    private static void CopyArticleFields(ArticleDraft draft, Article article, DateTimeOffset now)
    {
        article.Headline = EntityResolver.Clip(draft.Headline.Trim(), Article.HeadlineMaxLength);
        article.HeadlineDerived = draft.HeadlineDerived;
        article.Standfirst = ClipOrNull(draft.Standfirst, Article.StandfirstMaxLength);
        article.Section = ClipOrNull(draft.Section, Article.SectionMaxLength);
        article.Lead = draft.Lead;
        article.Body = [.. draft.Body];
        article.PublishedAt = draft.PublishedAt?.ToUniversalTime();
        article.PublishedDateOnly = draft.PublishedDateOnly;
        article.Source = ClipOrNull(draft.Source, Article.SourceMaxLength);
        article.Dateline = ClipOrNull(draft.Dateline, Article.DatelineMaxLength);
        article.CanonicalUrl = UrlOrNull(draft.CanonicalUrl, Article.CanonicalUrlMaxLength);
        article.WordCount = draft.WordCount;
        article.ContentHash = draft.ContentHash;
        article.ParserVersion = EntityResolver.Clip(draft.ParserVersion, Article.ParserVersionMaxLength);
        article.UpdatedAt = now;
    }

    private static async Task LinkPeopleAsync(ArticleDraft draft, Article article, EntityResolver resolver, ArticleRows rows, CancellationToken ct)
    {
        var links = new Dictionary<Person, ArticlePerson>(ReferenceEqualityComparer.Instance);
        ArticlePerson LinkFor(Person person)
        {
            if (!links.TryGetValue(person, out var link))
            {
                link = new ArticlePerson { Article = article, Person = person };
                links.Add(person, link);
                rows.People.Add(link);
            }
            return link;
        }

        // Full names first, so that a lone surname later in the same article finds the person they introduced.
        foreach (var drafted in draft.People.OrderByDescending(p => p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length))
        {
            var person = await resolver.ResolvePersonAsync(drafted.Name, drafted.Aliases, ct);
            if (person is null)
            {
                continue;
            }
            var affiliation = string.IsNullOrWhiteSpace(drafted.Organization)
                ? null
                : await resolver.ResolveOrganizationAsync(drafted.Organization, [], null, null, ct);
            ApplyLatestTitle(person, drafted.Title, affiliation, article.PublishedAt);

            var link = LinkFor(person);
            link.Roles |= drafted.Roles.Count == 0 ? ArticlePersonRoles.Mentioned : drafted.Roles.Aggregate(ArticlePersonRoles.None, (roles, role) => roles | ToRoles(role));
            link.MentionCount += drafted.Mentions;
            link.Title ??= ClipOrNull(drafted.Title, ArticlePerson.TitleMaxLength);
        }

        foreach (var name in draft.Byline)
        {
            if (await resolver.ResolvePersonAsync(name, [], ct) is { } author)
            {
                LinkFor(author).Roles |= ArticlePersonRoles.Byline;
            }
        }

        foreach (var contributor in draft.Contributors)
        {
            if (await resolver.ResolvePersonAsync(contributor.Name, [], ct) is { } person)
            {
                var link = LinkFor(person);
                link.Roles |= ArticlePersonRoles.Contributor;
                link.Contribution ??= ClipOrNull(contributor.Role, ArticlePerson.ContributionMaxLength);
            }
        }

        var order = 0;
        foreach (var quote in draft.Quotes)
        {
            if (string.IsNullOrWhiteSpace(quote.Text))
            {
                continue;
            }
            var speaker = string.IsNullOrWhiteSpace(quote.Speaker) ? null : await resolver.ResolvePersonAsync(quote.Speaker, [], ct);
            if (speaker is not null)
            {
                LinkFor(speaker).Roles |= ArticlePersonRoles.Quoted;
            }
            rows.Quotes.Add(new Quote
            {
                Article = article,
                Speaker = speaker,
                Text = EntityResolver.Clip(quote.Text, Quote.TextMaxLength),
                Partial = quote.Partial,
                Order = order++,
            });
        }
    }

    private static async Task LinkOrganizationsAsync(ArticleDraft draft, Article article, EntityResolver resolver, ArticleRows rows, CancellationToken ct)
    {
        var links = new Dictionary<Organization, ArticleOrganization>(ReferenceEqualityComparer.Instance);
        foreach (var drafted in draft.Organizations)
        {
            var organization = await resolver.ResolveOrganizationAsync(drafted.Name, drafted.Aliases, drafted.Kind, drafted.Parent, ct);
            if (organization is null)
            {
                continue;
            }
            if (!links.TryGetValue(organization, out var link))
            {
                link = new ArticleOrganization { Article = article, Organization = organization };
                links.Add(organization, link);
                rows.Organizations.Add(link);
            }
            link.MentionCount += drafted.Mentions;
        }
    }

    private static async Task LinkTagsAsync(ArticleDraft draft, Article article, EntityResolver resolver, ArticleRows rows, CancellationToken ct)
    {
        var names = draft.Places.Select(place => (place, TagKind.Place))
            .Concat(draft.Tags.Select(tag => (tag, TagKind.Topic)))
            .ToList();
        foreach (var tag in await resolver.ResolveTagsAsync(names, ct))
        {
            rows.Tags.Add(new ArticleTag { Article = article, Tag = tag });
        }
    }

    /// <summary>A clipped address points somewhere else, so one over the limit is dropped rather than cut.</summary>
    internal static string? UrlOrNull(string? url, int maxLength) =>
        string.IsNullOrWhiteSpace(url) || url.Trim().Length > maxLength ? null : url.Trim();

    /// <summary>The draft's captioned images and related headlines, in order, into the given collections (the article's own, or <see cref="ArticleRows"/>).</summary>
    internal static void AddImagesAndRelated(ArticleDraft draft, Article article, ICollection<Image> images, ICollection<RelatedHeadline> relatedHeadlines)
    {
        var order = 0;
        foreach (var image in draft.Images.Where(i => !string.IsNullOrWhiteSpace(i.Caption)))
        {
            images.Add(new Image
            {
                Article = article,
                Caption = EntityResolver.Clip(image.Caption, Image.CaptionMaxLength),
                Credit = ClipOrNull(image.Credit, Image.CreditMaxLength),
                Url = UrlOrNull(image.Url, Image.UrlMaxLength),
                Order = order++,
            });
        }

        order = 0;
        foreach (var related in draft.Related.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            relatedHeadlines.Add(new RelatedHeadline
            {
                Article = article,
                Text = EntityResolver.Clip(related, RelatedHeadline.TextMaxLength),
                Order = order++,
            });
        }
    }

    /// <summary>Title and affiliation follow the newest article that gives them, so loading an old document later does not roll them back.</summary>
    private static void ApplyLatestTitle(Person person, string? title, Organization? affiliation, DateTimeOffset? asOf)
    {
        title = ClipOrNull(title, Person.TitleMaxLength);
        if (title is null && affiliation is null)
        {
            return;
        }
        var knowsNothing = person.Title is null && person.AffiliationId is null && person.Affiliation is null;
        var isNewer = asOf is not null && (person.TitleAsOf is null || asOf >= person.TitleAsOf);
        if (!knowsNothing && !isNewer)
        {
            return;
        }
        if (title is not null)
        {
            person.Title = title;
        }
        if (affiliation is not null)
        {
            person.Affiliation = affiliation;
        }
        if (isNewer)
        {
            person.TitleAsOf = asOf;
        }
    }

    private static ArticlePersonRoles ToRoles(PersonRole role) => role switch
    {
        PersonRole.Mentioned => ArticlePersonRoles.Mentioned,
        PersonRole.Quoted => ArticlePersonRoles.Quoted,
        PersonRole.Byline => ArticlePersonRoles.Byline,
        PersonRole.Contributor => ArticlePersonRoles.Contributor,
        PersonRole.Photographer => ArticlePersonRoles.Photographer,
        PersonRole.InCaption => ArticlePersonRoles.InCaption,
        _ => ArticlePersonRoles.None,
    };

    internal static string? ClipOrNull(string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : EntityResolver.Clip(value.Trim(), maxLength);
}
