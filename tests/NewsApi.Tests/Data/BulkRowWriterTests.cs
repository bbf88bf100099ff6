using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Data.Drafts;

namespace NewsApi.Tests.Data;

public sealed class BulkRowWriterTests
{
    [Fact]
    public async Task RowsOfManyStatementsAreStoredWithEveryValueOfTheirOwn()
    {
        using var factory = await StartAsync();
        // More rows than one statement holds, and a remainder: the full statements reuse one command and its parameters.
        var people = Enumerable.Range(0, 257).Select(NewPerson).ToList();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new BulkRowWriter(db).InsertReturningKeysAsync(people, nameof(NewsApi.Data.Entities.Person.Slug), (person, key) => person.Id = key, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var stored = await factory.QueryAsync(db => db.People.Where(p => p.Slug.StartsWith("bulk-")).ToDictionaryAsync(p => p.Slug));
        Assert.Equal(people.Count, stored.Count);
        foreach (var person in people)
        {
            var row = stored[person.Slug];
            Assert.Equal(person.Id, row.Id);
            Assert.Equal(person.Name, row.Name);
            Assert.Equal(person.NormalizedName, row.NormalizedName);
            Assert.Equal(person.Aliases, row.Aliases);
            Assert.Equal(person.Title, row.Title);
            Assert.Equal(person.TitleAsOf, row.TitleAsOf);
            Assert.Equal(person.Version, row.Version);
        }
    }

    [SqliteOnlyFact("SQLite stores a list column as JSON text; PostgreSQL as an array, which the provider binds itself")]
    public async Task ListColumnsAreStoredAsEfCoreWritesThem()
    {
        using var factory = await StartAsync();
        var written = NewPerson(1);
        var saved = NewPerson(2);
        saved.Aliases = [.. written.Aliases];

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            // Two statements of one row each, so that the second binds through the reused parameters.
            await new BulkRowWriter(db).InsertReturningKeysAsync([NewPerson(0), written], nameof(NewsApi.Data.Entities.Person.Slug), (person, key) => person.Id = key, CancellationToken.None);
            db.People.Add(saved);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var aliases = await factory.QueryAsync(db => db.Database
            .SqlQuery<string>($"SELECT Aliases AS Value FROM People WHERE Slug IN ({written.Slug}, {saved.Slug}) ORDER BY Slug").ToListAsync());
        // The same aliases give the same stored text, whichever writer stored them.
        Assert.Equal(2, aliases.Count);
        Assert.Equal(aliases[1], aliases[0]);
    }

    private static NewsApi.Data.Entities.Person NewPerson(int i) => new()
    {
        Slug = string.Create(CultureInfo.InvariantCulture, $"bulk-{i:D3}"),
        Name = string.Create(CultureInfo.InvariantCulture, $"Bulk Person {i}"),
        NormalizedName = string.Create(CultureInfo.InvariantCulture, $"bulk person {i}"),
        // Quotes, non-ASCII letters and an empty list: what the JSON text must carry exactly.
        Aliases = i % 3 == 0 ? [] : [string.Create(CultureInfo.InvariantCulture, $"B. P. {i}"), "Łukasz \"Ł\" Þórsson", "O'Brien – ℹ"],
        Title = i % 2 == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"minister {i}"),
        TitleAsOf = i % 2 == 0 ? null : new DateTimeOffset(2021, 1, 16, 0, 44, i % 60, TimeSpan.Zero),
        Version = Guid.NewGuid(),
    };
}
