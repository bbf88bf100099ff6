using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Data.Naming;
using NewsApi.Ingestion;
using NewsApi.Search;

namespace NewsApi.Ingest;

/// <summary>
/// The one path by which a parsed document becomes stored data; seeding and the ingest endpoint both call it.
/// Idempotent by content hash; a new version of a known source document rewrites its article in place.
/// </summary>
public sealed class ArticleUpsertService(NewsDbContext db, UpsertGate gate, EntityNameCache names, TimeProvider time, ILogger<ArticleUpsertService> logger)
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
            names.BeginUpsert(db);
            try
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
                        // Another process may have stored the same person, tag, slug or document since we looked: look again, at the tables too.
                        names.Invalidate();
                        logger.LogWarning(exception, "Upsert of {SourceDocumentName} conflicted (attempt {Attempt}); retrying", draft.SourceName, attempt);
                    }
                }
            }
            catch
            {
                names.Invalidate();
                throw;
            }
            finally
            {
                names.EndUpsert();
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
        var (knownPeople, knownOrganizations, generation) = await names.CurrentAsync(db, ct);
        var resolver = new EntityResolver(db, knownPeople, knownOrganizations);
        var sourceName = string.IsNullOrWhiteSpace(draft.SourceName) ? null : EntityResolver.Clip(draft.SourceName.Trim(), Article.SourceDocumentNameMaxLength);
        var article = sourceName is null ? null : await db.Articles.SingleOrDefaultAsync(a => a.SourceDocumentName == sourceName, ct);
        var now = time.GetUtcNow();
        UpsertOutcome outcome;
        PreviousLinks? previous = null;
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
            previous = await PreviousLinksAsync(article.Id, ct);
            await RemoveLinksAsync(article.Id, ct);
            outcome = UpsertOutcome.Updated;
        }

        CopyArticleFields(draft, article, now);
        await LinkPeopleAsync(draft, article, resolver, ct);
        await LinkOrganizationsAsync(draft, article, resolver, ct);
        await LinkTagsAsync(draft, article, resolver, ct);
        AddImagesAndRelated(draft, article);

        await db.SaveChangesAsync(ct);
        if (previous is not null)
        {
            await RemoveOrphansAsync(previous, ct);
        }
        await db.ReindexAsync(article.Id, ct);
        await transaction.CommitAsync(ct);
        if (previous is null)
        {
            names.Publish(generation, resolver.TouchedPeople, resolver.TouchedOrganizations);
        }
        else
        {
            // Orphans were deleted outside the resolver, which the cache does not see.
            names.Invalidate();
        }
        return new UpsertResult(outcome, article.Id, article.Slug);
    }

    /// <summary>Stores an article an editor wrote, with links to the people and organizations it names by slug; unknown tag slugs become new topic tags.</summary>
    /// <exception cref="DuplicateContentException">Another article has the same headline and body.</exception>
    /// <exception cref="UnknownReferenceException">A person or organization slug names nothing stored.</exception>
    public async Task<UpsertResult> CreateAsync(ArticleEdit edit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        using (await gate.EnterAsync(ct))
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var contentHash = ContentHashOf(edit);
            if (await FindSameContentAsync(contentHash, ct) is { } same)
            {
                throw new DuplicateContentException(same.Slug);
            }
            var now = time.GetUtcNow();
            var article = new Article
            {
                Slug = await new EntityResolver(db).UniqueArticleSlugAsync(edit.Headline, ct),
                Headline = "",
                Lead = "",
                ContentHash = contentHash,
                ParserVersion = EditorParserVersion,
                CreatedAt = now,
            };
            db.Articles.Add(article);
            await ApplyEditAsync(edit, article, new Dictionary<string, KeptPersonLink>(), now, ct);
            await db.SaveChangesAsync(ct);
            await db.ReindexAsync(article.Id, ct);
            await transaction.CommitAsync(ct);
            return new UpsertResult(UpsertOutcome.Created, article.Id, article.Slug);
        }
    }

    /// <summary>
    /// Replaces an article's content and links with an editor's version, provided the article is still at
    /// <paramref name="expectedVersion"/>. Null when the article no longer exists. The slug and content hash stay: the hash is
    /// the identity of the document the article came from, so ingesting that document again does not undo the edit.
    /// </summary>
    /// <exception cref="DbUpdateConcurrencyException">Another writer changed the article since <paramref name="expectedVersion"/> was read.</exception>
    /// <exception cref="UnknownReferenceException">A person or organization slug names nothing stored.</exception>
    public async Task<UpsertResult?> ReplaceAsync(int articleId, Guid expectedVersion, ArticleEdit edit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        using (await gate.EnterAsync(ct))
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var article = await LoadExpectedAsync(articleId, expectedVersion, ct);
            if (article is null)
            {
                return null;
            }
            // What an editor cannot see or send (mention counts, a contributor's credit) survives the rewrite of the links.
            var kept = await db.ArticlePeople.AsNoTracking()
                .Where(l => l.ArticleId == articleId)
                .Select(l => new KeptPersonLink(l.Person.Slug, l.MentionCount, l.Contribution))
                .ToDictionaryAsync(l => l.Slug, StringComparer.Ordinal, ct);
            await RemoveLinksAsync(articleId, ct);
            var now = time.GetUtcNow();
            await ApplyEditAsync(edit, article, kept, now, ct);
            // The version check rides on the article row, so it must be written even if no column of its own changed.
            db.Entry(article).State = EntityState.Modified;
            await db.SaveChangesAsync(ct);
            await db.ReindexAsync(article.Id, ct);
            await transaction.CommitAsync(ct);
            return new UpsertResult(UpsertOutcome.Updated, article.Id, article.Slug);
        }
    }

    /// <summary>
    /// Deletes an article with its links, quotes, images and related headlines (the database cascades), provided it is still at
    /// <paramref name="expectedVersion"/>. The people, organizations and tags it linked stay. False when it no longer exists.
    /// </summary>
    /// <exception cref="DbUpdateConcurrencyException">Another writer changed the article since <paramref name="expectedVersion"/> was read.</exception>
    public async Task<bool> DeleteAsync(int articleId, Guid expectedVersion, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            db.ChangeTracker.Clear();
            // The search row goes with the article or not at all.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var article = await LoadExpectedAsync(articleId, expectedVersion, ct);
            if (article is null)
            {
                return false;
            }
            db.Articles.Remove(article);
            await db.SaveChangesAsync(ct);
            await db.RemoveAsync(articleId, ct);
            await transaction.CommitAsync(ct);
            return true;
        }
    }

    /// <summary>The content hash of an editor's article: the parser's hash over its headline and paragraphs.</summary>
    public static string ContentHashOf(ArticleEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return NewsDocumentParser.ComputeContentHash(edit.Headline.Trim() + "\n\n" + string.Join("\n\n", edit.Body.Select(p => p.Trim())));
    }

    /// <summary>Stored as the parser version of articles an editor wrote, which no parser made.</summary>
    public const string EditorParserVersion = "editor";

    private async Task<Article?> LoadExpectedAsync(int articleId, Guid expectedVersion, CancellationToken ct)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null)
        {
            return null;
        }
        if (article.Version != expectedVersion)
        {
            throw new DbUpdateConcurrencyException("The article changed since its version was read.");
        }
        // Checked again by the UPDATE or DELETE itself, for a writer in another process between this read and the save.
        db.Entry(article).Property(a => a.Version).OriginalValue = expectedVersion;
        return article;
    }

    private async Task ApplyEditAsync(ArticleEdit edit, Article article, IReadOnlyDictionary<string, KeptPersonLink> kept, DateTimeOffset now, CancellationToken ct)
    {
        var body = edit.Body.Select(p => p.Trim()).ToList();
        article.Headline = edit.Headline.Trim();
        article.HeadlineDerived = false;
        article.Standfirst = ClipOrNull(edit.Standfirst, Article.StandfirstMaxLength);
        article.Section = ClipOrNull(edit.Section, Article.SectionMaxLength);
        article.Lead = body[0];
        article.Body = body;
        article.PublishedAt = edit.PublishedAt?.ToUniversalTime();
        article.PublishedDateOnly = false;
        article.Source = ClipOrNull(edit.Source, Article.SourceMaxLength);
        article.Dateline = ClipOrNull(edit.Dateline, Article.DatelineMaxLength);
        article.CanonicalUrl = UrlOrNull(edit.CanonicalUrl, Article.CanonicalUrlMaxLength);
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
            link.Title ??= ClipOrNull(person.Title, ArticlePerson.TitleMaxLength);
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

        AddImagesAndRelated(new ArticleDraft { Headline = article.Headline, Lead = article.Lead, ContentHash = article.ContentHash, Images = edit.Images, Related = edit.Related }, article);
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

    private sealed record KeptPersonLink(string Slug, int MentionCount, string? Contribution);

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

    private async Task<PreviousLinks> PreviousLinksAsync(int articleId, CancellationToken ct) => new(
        await db.ArticlePeople.Where(l => l.ArticleId == articleId).Select(l => l.PersonId)
            .Union(db.Quotes.Where(q => q.ArticleId == articleId && q.SpeakerId != null).Select(q => q.SpeakerId!.Value))
            .ToListAsync(ct),
        await db.ArticleOrganizations.Where(l => l.ArticleId == articleId).Select(l => l.OrganizationId).ToListAsync(ct),
        await db.ArticleTags.Where(l => l.ArticleId == articleId).Select(l => l.TagId).ToListAsync(ct));

    /// <summary>
    /// A person, organization or tag that the old version of the document linked and nothing refers to any more is a leftover
    /// of the parse. Only those: editors create people, organizations and tags that no article names yet, and they must stay.
    /// </summary>
    private async Task RemoveOrphansAsync(PreviousLinks previous, CancellationToken ct)
    {
        // Removed through the change tracker rather than ExecuteDelete so that the change feed gets a tombstone for each;
        // people first and saved, because an organization is only an orphan once its orphaned people are gone.
        db.People.RemoveRange(await db.People.Where(p => previous.PersonIds.Contains(p.Id) && !p.Articles.Any() && !p.Quotes.Any()).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.Organizations.RemoveRange(await db.Organizations.Where(o => previous.OrganizationIds.Contains(o.Id) && !o.Articles.Any() && !o.People.Any() && !o.Children.Any()).ToListAsync(ct));
        db.Tags.RemoveRange(await db.Tags.Where(t => previous.TagIds.Contains(t.Id) && !t.Articles.Any()).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    private sealed record PreviousLinks(List<int> PersonIds, List<int> OrganizationIds, List<int> TagIds);

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

    /// <summary>A clipped address points somewhere else, so one over the limit is dropped rather than cut.</summary>
    private static string? UrlOrNull(string? url, int maxLength) =>
        string.IsNullOrWhiteSpace(url) || url.Trim().Length > maxLength ? null : url.Trim();

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
                Url = UrlOrNull(image.Url, Image.UrlMaxLength),
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
