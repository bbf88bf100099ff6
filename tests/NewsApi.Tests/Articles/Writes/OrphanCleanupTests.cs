using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Ingest;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Articles.Writes;

public sealed class OrphanCleanupTests(WritesFactory factory) : IClassFixture<WritesFactory>
{
    [Fact]
    public async Task ANewVersionOfADocumentRemovesOnlyTheLeftoversOfItsOldVersion()
    {
        await factory.WaitUntilReadyAsync();
        await factory.StoreAsync(Draft("Ferry service resumes", people: [Person("Olga Ferrante")], tags: ["ferries"]));
        await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsDbContext>();
            db.People.Add(new Person { Slug = "editor-made-person", Name = "Editor Made", NormalizedName = "editor made" });
            db.Tags.Add(new Tag { Slug = "editor-made-tag", Name = "Editor Made Tag", NormalizedName = "editor made tag" });
            return await db.SaveChangesAsync();
        });

        var second = await factory.StoreAsync(Draft("Ferry service resumes"));

        Assert.Equal(UpsertOutcome.Updated, second.Outcome);
        var left = await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsDbContext>();
            return (
                People: await db.People.Select(p => p.Slug).ToListAsync(),
                Tags: await db.Tags.Select(t => t.Slug).ToListAsync());
        });
        Assert.Equal(["editor-made-person"], left.People);
        Assert.Equal(["editor-made-tag"], left.Tags);
    }
}
