using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data.Entities;
using NewsApi.Ingest;
using NewsApi.Ingestion;
using static NewsApi.Tests.Data.Drafts;

namespace NewsApi.Tests.Data;

public sealed class ArticleUpsertServiceTests
{
    [Fact]
    public async Task SameContentHashIsUnchangedAndWritesNothing()
    {
        using var factory = await StartAsync();
        var draft = Article("Lighthouse Restored", people: [Person("Ivo Marchetti")], tags: ["heritage"]);
        var created = await factory.UpsertAsync(draft);
        var updatedAt = await factory.QueryAsync(db => db.Articles.Select(a => a.UpdatedAt).SingleAsync());

        var again = await factory.UpsertAsync(draft with { SourceName = "another-name.txt" });

        Assert.Equal(UpsertOutcome.Created, created.Outcome);
        Assert.Equal(new UpsertResult(UpsertOutcome.Unchanged, created.ArticleId, created.Slug), again);
        Assert.Equal(1, await factory.QueryAsync(db => db.Articles.CountAsync()));
        Assert.Equal(updatedAt, await factory.QueryAsync(db => db.Articles.Select(a => a.UpdatedAt).SingleAsync()));
    }

    [Fact]
    public async Task NewVersionOfADocumentReplacesItsLinksAndKeepsItsSlug()
    {
        using var factory = await StartAsync();
        var first = await factory.UpsertAsync(Article("Dam Plan Approved", sourceName: "dam.txt",
            people: [Person("Hedda Solberg")], organizations: [Organization("Vardby Water Board")], tags: ["water"],
            quotes: [new QuoteDraft("We will build it", "Hedda Solberg", false)]));
        var version = await factory.QueryAsync(db => db.Articles.Select(a => a.Version).SingleAsync());

        var second = await factory.UpsertAsync(Article("Dam Plan Approved", sourceName: "dam.txt",
            people: [Person("Rune Aasheim")], tags: ["energy"]));

        Assert.Equal(new UpsertResult(UpsertOutcome.Updated, first.ArticleId, first.Slug), second);
        var article = await factory.QueryAsync(db => db.Articles.AsSplitQuery()
            .Include(a => a.People).ThenInclude(l => l.Person)
            .Include(a => a.Organizations)
            .Include(a => a.Tags).ThenInclude(l => l.Tag)
            .Include(a => a.Quotes)
            .SingleAsync());
        Assert.Equal(["Rune Aasheim"], article.People.Select(l => l.Person.Name));
        Assert.Empty(article.Organizations);
        Assert.Equal(["energy"], article.Tags.Select(l => l.Tag.Name));
        Assert.Empty(article.Quotes);
        Assert.NotEqual(version, article.Version);
        Assert.Equal(["Rune Aasheim"], await factory.QueryAsync(db => db.People.Select(p => p.Name).ToListAsync()));
        Assert.Empty(await factory.QueryAsync(db => db.Organizations.ToListAsync()));
        Assert.Equal(["energy"], await factory.QueryAsync(db => db.Tags.Select(t => t.Name).ToListAsync()));
    }

    [Fact]
    public async Task NewVersionKeepsPeopleAndTagsThatOtherArticlesStillUse()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Ferry Timetable Changes", people: [Person("Hedda Solberg", "ferry director", "Vardby Ferries")], tags: ["ferries"]));
        await factory.UpsertAsync(Article("Ferry Fares Rise", sourceName: "fares.txt", people: [Person("Hedda Solberg")], tags: ["ferries"]));

        await factory.UpsertAsync(Article("Ferry Fares Rise", sourceName: "fares.txt", tags: ["prices"]));

        Assert.Equal(["Hedda Solberg"], await factory.QueryAsync(db => db.People.Select(p => p.Name).ToListAsync()));
        Assert.Equal(["Vardby Ferries"], await factory.QueryAsync(db => db.Organizations.Select(o => o.Name).ToListAsync()));
        Assert.Equal(["ferries", "prices"], await factory.QueryAsync(db => db.Tags.OrderBy(t => t.NormalizedName).Select(t => t.Name).ToListAsync()));
    }

    [Fact]
    public async Task BylineAndContributorsAreLinkedPeopleWithTheirRoles()
    {
        using var factory = await StartAsync();

        var result = await factory.UpsertAsync(Article("Glacier Retreats") with
        {
            Byline = ["Solveig Brandtzaeg"],
            Contributors = [new ContributorDraft("Kaspar Lindqvist", "editing")],
        });

        var links = await factory.QueryAsync(db => db.ArticlePeople.Where(l => l.ArticleId == result.ArticleId).OrderBy(l => l.Person.Name)
            .Select(l => new { l.Person.Name, l.Roles, l.Contribution }).ToListAsync());
        Assert.Equal(
            [new { Name = "Kaspar Lindqvist", Roles = ArticlePersonRoles.Contributor, Contribution = (string?)"editing" },
             new { Name = "Solveig Brandtzaeg", Roles = ArticlePersonRoles.Byline, Contribution = (string?)null }],
            links);
    }

    [Fact]
    public async Task ConcurrentUpsertsSharingNewPeopleAndTagsCreateEachOnce()
    {
        using var factory = await StartAsync();
        var drafts = Enumerable.Range(1, 8)
            .Select(i => Article($"Regatta Day {i}", people: [Person("Henrike Oosterbaan")], organizations: [Organization("Vardby Sailing Club")], tags: ["sailing"], places: ["Vardby"]))
            .ToList();

        var results = await Task.WhenAll(drafts.Select(draft => Task.Run(() => factory.UpsertAsync(draft))));

        Assert.All(results, result => Assert.Equal(UpsertOutcome.Created, result.Outcome));
        Assert.Equal(8, results.Select(r => r.Slug).Distinct().Count());
        Assert.Equal(1, await factory.QueryAsync(db => db.People.CountAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Organizations.CountAsync()));
        Assert.Equal(2, await factory.QueryAsync(db => db.Tags.CountAsync()));
        Assert.Equal(8, await factory.QueryAsync(db => db.ArticlePeople.CountAsync()));
    }

    [Fact]
    public async Task DraftWithoutBodyIsRefusedAndNothingIsWritten()
    {
        using var factory = await StartAsync();
        var draft = Article("Empty Story") with { Lead = "", Body = [] };

        await using var scope = factory.Services.CreateAsyncScope();
        var upsert = scope.ServiceProvider.GetRequiredService<ArticleUpsertService>();
        var error = await Assert.ThrowsAsync<UnusableDraftException>(() => upsert.UpsertAsync(draft, CancellationToken.None));

        Assert.Contains("no body", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Articles.CountAsync()));
    }
}
