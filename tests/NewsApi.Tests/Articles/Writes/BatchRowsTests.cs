using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Ingest;
using NewsApi.Ingestion;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Articles.Writes;

/// <summary>
/// The link and child rows and the change rows of a batch are written with multi-row INSERTs outside the change tracker:
/// these check the rows themselves, with batches large enough to fill several statements and leave a remainder.
/// </summary>
public sealed class BatchRowsTests(WritesFactory factory) : IClassFixture<WritesFactory>
{
    // Enough documents that each table takes several statements and a remainder (article-people: 350 rows of 6 columns, 16 a
    // statement on SQLite, 166 on PostgreSQL).
    private const int DocumentCount = 70;

    private static ArticleDraft RichDraft(string unique, int index, string version = "first") => Draft(
        $"{unique} rows story {index} {version}",
        people:
        [
            Person($"Ilse {unique} Marquardt{index}", title: "harbour master", organization: $"{unique} Port Authority"),
            Person($"Teodor {unique} Vasquez{index}", roles: [PersonRole.Quoted, PersonRole.InCaption]),
            Person($"Shared {unique} Columnist"),
        ],
        organizations: [Organization($"{unique} Port Authority", kind: "agency"), Organization($"{unique} Ferry Union {index % 3}")],
        tags: [$"{unique} shipping", $"{unique} topic {index % 4}"],
        places: ["Rotterdam"],
        quotes:
        [
            new QuoteDraft($"The {version} quay will open in spring, number {index}.", $"Teodor {unique} Vasquez{index}", false),
            new QuoteDraft($"a partial {version} remark {index}", null, true),
        ],
        images: [new ImageDraft($"The {version} quay at dawn {index}", index % 2 == 0 ? "Photo: Port archive" : null), new ImageDraft("  ", "dropped: no caption")],
        related: [$"Earlier: {unique} dredging {index}", $"Opinion: {unique} tolls {index}"],
        byline: [$"Wilma {unique} Oyelaran"]) with
    {
        SourceName = $"{unique}-rows-{index}.txt",
        Contributors = [new ContributorDraft($"Piet {unique} Dekker", "additional reporting")],
    };

    private async Task<IReadOnlyList<UpsertResult?>> UpsertBatchAsync(IReadOnlyList<ArticleDraft> drafts)
    {
        await factory.WaitUntilReadyAsync();
        return await factory.WithScopeAsync(s => s.GetRequiredService<ArticleUpsertService>().UpsertBatchAsync(drafts, CancellationToken.None));
    }

    /// <summary>Every row that points at these articles, by natural keys, in a stable order; and the change feed's length.</summary>
    private Task<(List<string> Rows, int Changes)> RowsOfAsync(IReadOnlyCollection<int> articleIds) => factory.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<NewsDbContext>();
        var rows = new List<string>();
        rows.AddRange(await db.ArticlePeople.Where(l => articleIds.Contains(l.ArticleId))
            .Select(l => $"person {l.ArticleId} {l.Person.Slug} {l.Roles} {l.Title} {l.MentionCount} {l.Contribution}").ToListAsync());
        rows.AddRange(await db.ArticleOrganizations.Where(l => articleIds.Contains(l.ArticleId))
            .Select(l => $"organization {l.ArticleId} {l.Organization.Slug} {l.MentionCount}").ToListAsync());
        rows.AddRange(await db.ArticleTags.Where(l => articleIds.Contains(l.ArticleId)).Select(l => $"tag {l.ArticleId} {l.Tag.Slug} {l.Tag.Kind}").ToListAsync());
        rows.AddRange(await db.Quotes.Where(q => articleIds.Contains(q.ArticleId))
            .Select(q => $"quote {q.ArticleId} {q.Order} {(q.Speaker == null ? "-" : q.Speaker.Slug)} {q.Partial} {q.Text}").ToListAsync());
        rows.AddRange(await db.Images.Where(i => articleIds.Contains(i.ArticleId)).Select(i => $"image {i.ArticleId} {i.Order} {i.Caption} {i.Credit ?? "-"} {i.Url ?? "-"}").ToListAsync());
        rows.AddRange(await db.RelatedHeadlines.Where(r => articleIds.Contains(r.ArticleId)).Select(r => $"related {r.ArticleId} {r.Order} {r.Text}").ToListAsync());
        rows.Sort(StringComparer.Ordinal);
        return (rows, await db.Changes.CountAsync());
    });

    [Fact]
    public async Task ABatchStoresEveryLinkAndChildRowWithItsValues()
    {
        const string unique = "Kelderwick";
        var drafts = Enumerable.Range(0, DocumentCount).Select(i => RichDraft(unique, i)).ToList();

        var results = await UpsertBatchAsync(drafts);

        Assert.All(results, r => Assert.Equal(UpsertOutcome.Created, r!.Outcome));
        var (rows, _) = await RowsOfAsync([.. results.Select(r => r!.ArticleId)]);
        // Per document: the three people, the byline and the contributor; two organizations; shipping, topic and place tags;
        // two quotes; one captioned image (the blank caption is dropped); two related headlines.
        Assert.Equal(DocumentCount * 5, rows.Count(r => r.StartsWith("person ", StringComparison.Ordinal)));
        Assert.Equal(DocumentCount * 2, rows.Count(r => r.StartsWith("organization ", StringComparison.Ordinal)));
        Assert.Equal(DocumentCount * 3, rows.Count(r => r.StartsWith("tag ", StringComparison.Ordinal)));
        Assert.Equal(DocumentCount * 2, rows.Count(r => r.StartsWith("quote ", StringComparison.Ordinal)));
        Assert.Equal(DocumentCount, rows.Count(r => r.StartsWith("image ", StringComparison.Ordinal)));
        Assert.Equal(DocumentCount * 2, rows.Count(r => r.StartsWith("related ", StringComparison.Ordinal)));

        var last = results[^1]!.ArticleId;
        var index = DocumentCount - 1;
        var expected = new[]
        {
            $"person {last} ilse-{unique.ToLowerInvariant()}-marquardt{index} Mentioned harbour master 1 ",
            $"person {last} teodor-{unique.ToLowerInvariant()}-vasquez{index} Quoted, InCaption  1 ",
            $"person {last} shared-{unique.ToLowerInvariant()}-columnist Mentioned  1 ",
            $"person {last} wilma-{unique.ToLowerInvariant()}-oyelaran Byline  0 ",
            $"person {last} piet-{unique.ToLowerInvariant()}-dekker Contributor  0 additional reporting",
            $"quote {last} 0 teodor-{unique.ToLowerInvariant()}-vasquez{index} False The first quay will open in spring, number {index}.",
            $"quote {last} 1 - True a partial first remark {index}",
            $"image {last} 0 The first quay at dawn {index} - -",
            $"image {results[^2]!.ArticleId} 0 The first quay at dawn {index - 1} Photo: Port archive -",
            $"related {last} 1 Opinion: {unique} tolls {index}",
            $"tag {last} rotterdam Place",
        };
        Assert.All(expected, row => Assert.Contains(row, rows));
    }

    [Fact]
    public async Task ABatchStoredTwiceLeavesTheSameRowsAndChanges()
    {
        var drafts = Enumerable.Range(0, DocumentCount).Select(i => RichDraft("Ottervane", i)).ToList();
        var first = await UpsertBatchAsync(drafts);
        var ids = first.Select(r => r!.ArticleId).ToList();
        var before = await RowsOfAsync(ids);

        var second = await UpsertBatchAsync(drafts);

        Assert.All(second, r => Assert.Equal(UpsertOutcome.Unchanged, r!.Outcome));
        Assert.Equal(ids, second.Select(r => r!.ArticleId));
        var after = await RowsOfAsync(ids);
        Assert.Equal(before.Rows, after.Rows);
        Assert.Equal(before.Changes, after.Changes);
    }

    [Fact]
    public async Task ANewVersionOfEveryDocumentInABatchReplacesItsRows()
    {
        var first = await UpsertBatchAsync([.. Enumerable.Range(0, DocumentCount).Select(i => RichDraft("Brackenholt", i))]);
        var ids = first.Select(r => r!.ArticleId).ToList();
        using var fresh = new WritesFactory();
        await fresh.WaitUntilReadyAsync();
        var expected = await fresh.WithScopeAsync(s => s.GetRequiredService<ArticleUpsertService>()
            .UpsertBatchAsync([.. Enumerable.Range(0, DocumentCount).Select(i => RichDraft("Brackenholt", i, "second"))], CancellationToken.None));

        var second = await UpsertBatchAsync([.. Enumerable.Range(0, DocumentCount).Select(i => RichDraft("Brackenholt", i, "second"))]);

        Assert.All(second, r => Assert.Equal(UpsertOutcome.Updated, r!.Outcome));
        Assert.Equal(ids, second.Select(r => r!.ArticleId));
        var rows = (await RowsOfAsync(ids)).Rows;
        Assert.DoesNotContain(rows, r => r.Contains(" first ", StringComparison.Ordinal));
        // The same rows as the second versions stored alone, once each article's id is the same.
        var alone = await fresh.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsDbContext>();
            var aloneIds = expected.Select(r => r!.ArticleId).ToList();
            return (await db.Quotes.Where(q => aloneIds.Contains(q.ArticleId)).CountAsync(), await db.ArticlePeople.Where(l => aloneIds.Contains(l.ArticleId)).CountAsync());
        });
        Assert.Equal(alone.Item1, rows.Count(r => r.StartsWith("quote ", StringComparison.Ordinal)));
        Assert.Equal(alone.Item2, rows.Count(r => r.StartsWith("person ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EachArticlePersonOrganizationAndTagABatchCreatesHasOneCreatedChange()
    {
        var results = await UpsertBatchAsync([.. Enumerable.Range(0, DocumentCount).Select(i => RichDraft("Fenmarrow", i))]);

        await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsDbContext>();
            var ids = results.Select(r => r!.ArticleId).ToList();
            var articleChanges = await db.Changes.Where(c => c.ResourceType == Change.Article && ids.Contains(c.ResourceId)).ToListAsync();
            Assert.Equal(ids.Order(), articleChanges.Select(c => c.ResourceId).Order());
            Assert.All(articleChanges, c => Assert.Equal(Change.Created, c.Kind));
            Assert.Equal(results.Select(r => r!.Slug).Order(StringComparer.Ordinal), articleChanges.Select(c => c.Slug).Order(StringComparer.Ordinal));

            var people = await db.People.Where(p => p.Slug.Contains("fenmarrow")).Select(p => new { p.Id, p.Slug }).ToListAsync();
            var personChanges = await db.Changes.Where(c => c.ResourceType == Change.Person && c.Kind == Change.Created && c.Slug.Contains("fenmarrow")).ToListAsync();
            Assert.Equal(people.Select(p => $"{p.Id} {p.Slug}").Order(StringComparer.Ordinal), personChanges.Select(c => $"{c.ResourceId} {c.Slug}").Order(StringComparer.Ordinal));
            var organizations = await db.Organizations.CountAsync(o => o.Slug.Contains("fenmarrow"));
            Assert.Equal(organizations, await db.Changes.CountAsync(c => c.ResourceType == Change.Organization && c.Kind == Change.Created && c.Slug.Contains("fenmarrow")));
            var tags = await db.Tags.CountAsync(t => t.Slug.Contains("fenmarrow"));
            Assert.Equal(tags, await db.Changes.CountAsync(c => c.ResourceType == Change.Tag && c.Kind == Change.Created && c.Slug.Contains("fenmarrow")));
            // In the order they were written: a later change never has a lower sequence number.
            var sequence = await db.Changes.OrderBy(c => c.Id).Select(c => c.At).ToListAsync();
            Assert.Equal(sequence.Order(), sequence);
            return 0;
        });
    }
}
