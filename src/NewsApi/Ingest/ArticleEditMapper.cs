using NewsApi.Data.Naming;
using NewsApi.Ingestion;

namespace NewsApi.Ingest;

/// <summary>
/// An editor's article onto an article row: its fields, and links to the people and organizations it names by slug (an
/// unknown one is an <see cref="UnknownReferenceException"/>) and to its tags (an unknown tag slug becomes a topic tag).
/// </summary>
internal sealed class ArticleEditMapper(NewsDbContext db)
{
    /// <summary>
    /// The edit's fields and links onto <paramref name="article"/>; <paramref name="kept"/> carries, by person slug, what
    /// the links had that an editor does not send.
    /// </summary>
    public async Task ApplyAsync(ArticleEdit edit, Article article, IReadOnlyDictionary<string, KeptPersonLink> kept, DateTimeOffset now, CancellationToken ct)
    {
        var body = edit.Body.Select(p => p.Trim()).ToList();
        article.Headline = edit.Headline.Trim();
        article.HeadlineDerived = false;
        article.Standfirst = DraftArticleMapper.ClipOrNull(edit.Standfirst, Article.StandfirstMaxLength);
        article.Section = DraftArticleMapper.ClipOrNull(edit.Section, Article.SectionMaxLength);
        article.Lead = body[0];
        article.Body = body;
        article.PublishedAt = edit.PublishedAt?.ToUniversalTime();
        article.PublishedDateOnly = false;
        article.Source = DraftArticleMapper.ClipOrNull(edit.Source, Article.SourceMaxLength);
        article.Dateline = DraftArticleMapper.ClipOrNull(edit.Dateline, Article.DatelineMaxLength);
        article.CanonicalUrl = DraftArticleMapper.UrlOrNull(edit.CanonicalUrl, Article.CanonicalUrlMaxLength);
        article.WordCount = body.Sum(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        article.UpdatedAt = now;

        var personSlugs = edit.People.Select(p => p.Slug).Concat(edit.Quotes.Select(q => q.SpeakerSlug).OfType<string>()).Distinct().ToList();
        var people = await db.People.Where(p => personSlugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, ct);
        var organizationSlugs = edit.OrganizationSlugs.Distinct().ToList();
        var organizations = await db.Organizations.Where(o => organizationSlugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, StringComparer.Ordinal, ct);

        var unknown = new List<UnknownReference>();
        unknown.AddRange(edit.People.Select((p, i) => (p.Slug, i)).Where(p => !people.ContainsKey(p.Slug)).Select(p => new UnknownReference($"people[{p.i}]", p.Slug, "person")));
        unknown.AddRange(edit.Quotes.Select((q, i) => (q.SpeakerSlug, i)).Where(q => q.SpeakerSlug is not null && !people.ContainsKey(q.SpeakerSlug)).Select(q => new UnknownReference($"quotes[{q.i}].speaker", q.SpeakerSlug!, "person")));
        unknown.AddRange(edit.OrganizationSlugs.Select((s, i) => (s, i)).Where(o => !organizations.ContainsKey(o.s)).Select(o => new UnknownReference($"organizations[{o.i}]", o.s, "organization")));
        if (unknown.Count > 0)
        {
            throw new UnknownReferenceException(unknown);
        }

        var links = new Dictionary<string, ArticlePerson>(StringComparer.Ordinal);
        ArticlePerson LinkFor(Person person)
        {
            if (!links.TryGetValue(person.Slug, out var link))
            {
                kept.TryGetValue(person.Slug, out var before);
                link = new ArticlePerson { Article = article, Person = person, MentionCount = before?.MentionCount ?? 1, Contribution = before?.Contribution };
                links.Add(person.Slug, link);
                article.People.Add(link);
            }
            return link;
        }
        foreach (var person in edit.People)
        {
            var link = LinkFor(people[person.Slug]);
            link.Roles |= person.Roles == ArticlePersonRoles.None ? ArticlePersonRoles.Mentioned : person.Roles;
            link.Title ??= DraftArticleMapper.ClipOrNull(person.Title, ArticlePerson.TitleMaxLength);
        }
        var order = 0;
        foreach (var quote in edit.Quotes)
        {
            var speaker = quote.SpeakerSlug is null ? null : people[quote.SpeakerSlug];
            if (speaker is not null)
            {
                LinkFor(speaker).Roles |= ArticlePersonRoles.Quoted;
            }
            article.Quotes.Add(new Quote { Article = article, Speaker = speaker, Text = quote.Text.Trim(), Partial = quote.Partial, Order = order++ });
        }

        foreach (var organization in organizationSlugs.Select(slug => organizations[slug]))
        {
            article.Organizations.Add(new ArticleOrganization
            {
                Article = article,
                Organization = organization,
                MentionCount = 1,
            });
        }

        foreach (var tag in await TagsBySlugAsync(edit.TagSlugs, ct))
        {
            article.Tags.Add(new ArticleTag { Article = article, Tag = tag });
        }

        DraftArticleMapper.AddImagesAndRelated(new ArticleDraft { Headline = article.Headline, Lead = article.Lead, ContentHash = article.ContentHash, Images = edit.Images, Related = edit.Related }, article, article.Images, article.RelatedHeadlines);
    }

    /// <summary>Existing tags by slug; an unknown slug becomes a topic tag named after it, or joins the tag that already has that name.</summary>
    private async Task<IReadOnlyList<Tag>> TagsBySlugAsync(IReadOnlyList<string> slugs, CancellationToken ct)
    {
        var distinct = slugs.Distinct().ToList();
        var existing = await db.Tags.Where(t => distinct.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, ct);
        var tags = new List<Tag>();
        foreach (var slug in distinct)
        {
            if (!existing.TryGetValue(slug, out var tag))
            {
                var name = NameFromSlug(slug);
                var normalized = NameNormalizer.Normalize(name);
                tag = await db.Tags.SingleOrDefaultAsync(t => t.NormalizedName == normalized, ct)
                    ?? db.Tags.Add(new Tag { Slug = slug, Name = name, NormalizedName = normalized, Kind = TagKind.Topic }).Entity;
            }
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }
        return tags;
    }

    /// <summary>"middle-east" becomes "Middle East".</summary>
    internal static string NameFromSlug(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>What an editor cannot see or send of a person's link, kept across the rewrite of an article's links.</summary>
    public sealed record KeptPersonLink(string Slug, int MentionCount, string? Contribution);
}
