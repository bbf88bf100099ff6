using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Ingestion;

namespace NewsApi.Ingest;

/// <summary>
/// The one path by which a parsed document becomes stored data; seeding and the ingest endpoint both call it.
/// Idempotent by content hash; a new version of a known source document rewrites its article in place.
/// </summary>
public sealed class ArticleUpsertService(NewsDbContext db, UpsertGate gate, TimeProvider time, ILogger<ArticleUpsertService> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>Why the draft cannot be stored, or null when it can.</summary>
    public static string? FindUnusableReason(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(draft.Headline))
        {
            return "the document has no headline";
        }
        if (draft.Body.All(string.IsNullOrWhiteSpace) || string.IsNullOrWhiteSpace(draft.Lead))
        {
            return "the document has no body";
        }
        return string.IsNullOrWhiteSpace(draft.ContentHash) ? "the document has no content hash" : null;
    }

    /// <summary>Stores the article with its people, organizations, tags, quotes, images and related headlines in one transaction.</summary>
    /// <exception cref="UnusableDraftException">The draft has no headline or no body.</exception>
    public async Task<UpsertResult> UpsertAsync(ArticleDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var reason = FindUnusableReason(draft);
        if (reason is not null)
        {
            throw new UnusableDraftException(reason);
        }

        using (await gate.EnterAsync(ct))
        {
            for (var attempt = 1; ; attempt++)
            {
                db.ChangeTracker.Clear();
                try
                {
                    return await UpsertOnceAsync(draft, ct);
                }
                catch (Exception exception) when (attempt < MaxAttempts && exception is DbUpdateException or DbException)
                {
                    // Another process may have stored the same person, tag, slug or document since we looked: look again.
                    logger.LogWarning(exception, "Upsert of {SourceDocumentName} conflicted (attempt {Attempt}); retrying", draft.SourceName, attempt);
                }
            }
        }
    }

    private async Task<UpsertResult> UpsertOnceAsync(ArticleDraft draft, CancellationToken ct)
    {
        if (await FindSameContentAsync(draft.ContentHash, ct) is { } unchanged)
        {
            return unchanged;
        }

        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is held from here, so another process cannot slip the same document in between the check and the write.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await FindSameContentAsync(draft.ContentHash, ct) is { } storedMeanwhile)
        {
            return storedMeanwhile;
        }
        var resolver = new EntityResolver(db);
        var sourceName = string.IsNullOrWhiteSpace(draft.SourceName) ? null : EntityResolver.Clip(draft.SourceName.Trim(), Article.SourceDocumentNameMaxLength);
        var article = sourceName is null ? null : await db.Articles.SingleOrDefaultAsync(a => a.SourceDocumentName == sourceName, ct);
        var now = time.GetUtcNow();
        UpsertOutcome outcome;
        if (article is null)
        {
            article = new Article
            {
                Slug = await resolver.UniqueArticleSlugAsync(draft.Headline, ct),
                Headline = "",
                Lead = "",
                ContentHash = "",
                ParserVersion = "",
                SourceDocumentName = sourceName,
                CreatedAt = now,
            };
            db.Articles.Add(article);
            outcome = UpsertOutcome.Created;
        }
        else
        {
            await RemoveLinksAsync(article.Id, ct);
            outcome = UpsertOutcome.Updated;
        }

        CopyArticleFields(draft, article, now);
        await LinkPeopleAsync(draft, article, resolver, ct);
        await LinkOrganizationsAsync(draft, article, resolver, ct);
        await LinkTagsAsync(draft, article, resolver, ct);
        AddImagesAndRelated(draft, article);

        await db.SaveChangesAsync(ct);
        if (outcome == UpsertOutcome.Updated)
        {
            await RemoveOrphansAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new UpsertResult(outcome, article.Id, article.Slug);
    }

    private async Task<UpsertResult?> FindSameContentAsync(string contentHash, CancellationToken ct)
    {
        var same = await db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == contentHash)
            .Select(a => new { a.Id, a.Slug })
            .FirstOrDefaultAsync(ct);
        return same is null ? null : new UpsertResult(UpsertOutcome.Unchanged, same.Id, same.Slug);
    }

    /// <summary>Links are what one version of the document says; a new version replaces them all.</summary>
    private async Task RemoveLinksAsync(int articleId, CancellationToken ct)
    {
        await db.ArticlePeople.Where(l => l.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.ArticleOrganizations.Where(l => l.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.ArticleTags.Where(l => l.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.Quotes.Where(q => q.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.Images.Where(i => i.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.RelatedHeadlines.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Only the upsert creates people, organizations and tags, so one that the new version no longer mentions and nothing else refers to is a leftover.</summary>
    private async Task RemoveOrphansAsync(CancellationToken ct)
    {
        await db.People.Where(p => !p.Articles.Any() && !p.Quotes.Any()).ExecuteDeleteAsync(ct);
        await db.Organizations.Where(o => !o.Articles.Any() && !o.People.Any() && !o.Children.Any()).ExecuteDeleteAsync(ct);
        await db.Tags.Where(t => !t.Articles.Any()).ExecuteDeleteAsync(ct);
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
        article.WordCount = draft.WordCount;
        article.ContentHash = draft.ContentHash;
        article.ParserVersion = EntityResolver.Clip(draft.ParserVersion, Article.ParserVersionMaxLength);
        article.UpdatedAt = now;
    }

    private static async Task LinkPeopleAsync(ArticleDraft draft, Article article, EntityResolver resolver, CancellationToken ct)
    {
        var links = new Dictionary<Person, ArticlePerson>(ReferenceEqualityComparer.Instance);
        ArticlePerson LinkFor(Person person)
        {
            if (!links.TryGetValue(person, out var link))
            {
                link = new ArticlePerson { Article = article, Person = person };
                links.Add(person, link);
                article.People.Add(link);
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
            article.Quotes.Add(new Quote
            {
                Article = article,
                Speaker = speaker,
                Text = EntityResolver.Clip(quote.Text, Quote.TextMaxLength),
                Partial = quote.Partial,
                Order = order++,
            });
        }
    }

    private static async Task LinkOrganizationsAsync(ArticleDraft draft, Article article, EntityResolver resolver, CancellationToken ct)
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
                article.Organizations.Add(link);
            }
            link.MentionCount += drafted.Mentions;
        }
    }

    private static async Task LinkTagsAsync(ArticleDraft draft, Article article, EntityResolver resolver, CancellationToken ct)
    {
        var names = draft.Places.Select(place => (place, TagKind.Place))
            .Concat(draft.Tags.Select(tag => (tag, TagKind.Topic)))
            .ToList();
        foreach (var tag in await resolver.ResolveTagsAsync(names, ct))
        {
            article.Tags.Add(new ArticleTag { Article = article, Tag = tag });
        }
    }

    private static void AddImagesAndRelated(ArticleDraft draft, Article article)
    {
        var order = 0;
        foreach (var image in draft.Images.Where(i => !string.IsNullOrWhiteSpace(i.Caption)))
        {
            article.Images.Add(new Image
            {
                Article = article,
                Caption = EntityResolver.Clip(image.Caption, Image.CaptionMaxLength),
                Credit = ClipOrNull(image.Credit, Image.CreditMaxLength),
                Order = order++,
            });
        }

        order = 0;
        foreach (var related in draft.Related.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            article.RelatedHeadlines.Add(new RelatedHeadline
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

    private static string? ClipOrNull(string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : EntityResolver.Clip(value.Trim(), maxLength);
}
