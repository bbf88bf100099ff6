using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Data.Naming;
using static NewsApi.Tests.Data.Drafts;

namespace NewsApi.Tests.Data;

/// <summary>
/// Upserts find people and organizations through a cache of names that lives across upserts; writes outside the upsert path
/// (the API's edits, merges and deletes all save through EF) must be seen by the next upsert.
/// </summary>
public sealed class EntityNameCacheTests
{
    [Fact]
    public async Task PersonRenamedOutsideTheUpsertIsFoundByTheNewNameAndNotByTheOld()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Harbour Board Meets", people: [Person("Ysolde Varrentik", "harbour master")]));

        await WriteAsync(factory, async db =>
        {
            var person = await db.People.SingleAsync();
            person.Name = "Ysolde Brannoch";
            person.NormalizedName = NameNormalizer.Normalize(person.Name);
        });
        await factory.UpsertAsync(Article("Harbour Board Votes", people: [Person("Ysolde Brannoch")]));
        await factory.UpsertAsync(Article("Harbour Board Adjourns", people: [Person("Varrentik")]));

        var names = await factory.QueryAsync(db => db.People.OrderBy(p => p.Id).Select(p => new { p.Name, Articles = p.Articles.Count }).ToListAsync());
        Assert.Equal(2, names.Count);
        Assert.Equal(("Ysolde Brannoch", 2), (names[0].Name, names[0].Articles));
        Assert.Equal(("Varrentik", 1), (names[1].Name, names[1].Articles));
    }

    [Fact]
    public async Task OrganizationCreatedOutsideTheUpsertIsFoundByItsAcronym()
    {
        using var factory = await StartAsync();
        // The first upsert loads the cache; the organization below is added after it.
        await factory.UpsertAsync(Article("Dockers Strike", organizations: [Organization("Westmarch Dock Workers Guild")]));
        await WriteAsync(factory, db =>
        {
            db.Organizations.Add(new Organization { Name = "Orvell Tidal Energy Authority", NormalizedName = NameNormalizer.Normalize("Orvell Tidal Energy Authority"), Slug = "orvell-tidal-energy-authority" });
            return Task.CompletedTask;
        });

        var later = await factory.UpsertAsync(Article("Tidal Plant Approved", organizations: [Organization("OTEA")]));

        var linked = await factory.QueryAsync(db => db.ArticleOrganizations.Where(l => l.ArticleId == later.ArticleId).Select(l => l.Organization.Slug).ToListAsync());
        Assert.Equal(["orvell-tidal-energy-authority"], linked);
        Assert.Equal(2, await factory.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task PersonDeletedOutsideTheUpsertIsCreatedAgainByTheNextMention()
    {
        using var factory = await StartAsync();
        var first = await factory.UpsertAsync(Article("Ferry Service Resumes", people: [Person("Caius Merrowdene", "ferry operator")]));
        await WriteAsync(factory, async db =>
        {
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == first.ArticleId));
            db.People.Remove(await db.People.SingleAsync());
        });

        var later = await factory.UpsertAsync(Article("Ferry Fares Rise", people: [Person("Merrowdene")]));

        var person = Assert.Single(await factory.QueryAsync(db => db.People.Include(p => p.Articles).ToListAsync()));
        Assert.Equal("Merrowdene", person.Name);
        Assert.Contains(person.Articles, link => link.ArticleId == later.ArticleId);
    }

    [Fact]
    public async Task NamesCreatedByOneUpsertAreFoundByTheNextWithoutReadingTheTablesAgain()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Observatory Opens", people: [Person("Lysander Okonkwe-Hale", "astronomer")], organizations: [Organization("Kestrel Ridge Observatory")]));

        var later = await factory.UpsertAsync(Article("Observatory Finds Comet", people: [Person("Okonkwe-Hale")], organizations: [Organization("KRO")]));

        var person = Assert.Single(await factory.QueryAsync(db => db.People.Include(p => p.Articles).ToListAsync()));
        Assert.Equal(2, person.Articles.Count);
        var organization = Assert.Single(await factory.QueryAsync(db => db.Organizations.Include(o => o.Articles).ToListAsync()));
        Assert.Contains(organization.Articles, link => link.ArticleId == later.ArticleId);
        Assert.Contains("KRO", organization.Aliases);
    }

    private static async Task WriteAsync(Infrastructure.NewsApiFactory factory, Func<NewsDbContext, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }
}
