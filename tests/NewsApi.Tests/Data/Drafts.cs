using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Ingest;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using NewsApi.Tests.Seeding;

namespace NewsApi.Tests.Data;

/// <summary>Invented drafts with defaults, stored through the app's upsert service on a database of the test's own.</summary>
internal static class Drafts
{
    public static ArticleDraft Article(
        string headline,
        IReadOnlyList<PersonDraft>? people = null,
        IReadOnlyList<OrganizationDraft>? organizations = null,
        IReadOnlyList<string>? tags = null,
        IReadOnlyList<string>? places = null,
        IReadOnlyList<QuoteDraft>? quotes = null,
        DateTimeOffset? publishedAt = null,
        string? sourceName = null,
        string? body = null)
    {
        body ??= $"Officials described {headline.ToLowerInvariant()} in a statement on Tuesday.";
        return new ArticleDraft
        {
            Headline = headline,
            Lead = body,
            Body = [body, "A second paragraph adds detail."],
            People = people ?? [],
            Organizations = organizations ?? [],
            Tags = tags ?? [],
            Places = places ?? [],
            Quotes = quotes ?? [],
            PublishedAt = publishedAt ?? new DateTimeOffset(2023, 5, 2, 8, 0, 0, TimeSpan.Zero),
            SourceName = sourceName ?? Guid.NewGuid().ToString("N") + ".txt",
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(headline + body + sourceName + Guid.NewGuid()))),
            WordCount = 10,
        };
    }

    public static PersonDraft Person(string name, string? title = null, string? organization = null, params string[] aliases) =>
        new() { Name = name, Title = title, Organization = organization, Aliases = aliases, Roles = [PersonRole.Mentioned], Mentions = 1 };

    public static OrganizationDraft Organization(string name, params string[] aliases) =>
        new() { Name = name, Aliases = aliases, Mentions = 1 };

    /// <summary>A started app with seeding off, ready for drafts.</summary>
    public static async Task<NewsApiFactory> StartAsync()
    {
        var factory = new NewsApiFactory { SeedingEnabled = false };
        await factory.WaitUntilReadyAsync();
        return factory;
    }

    public static async Task<UpsertResult> UpsertAsync(this NewsApiFactory factory, ArticleDraft draft)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleUpsertService>().UpsertAsync(draft, CancellationToken.None);
    }

    public static async Task<T> QueryAsync<T>(this NewsApiFactory factory, Func<NewsDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db);
    }
}
