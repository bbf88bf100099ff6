using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Ingest;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Infrastructure;

/// <summary>Small invented articles, stored through the app's own upsert path so that the data looks exactly as seeding would leave it.</summary>
public static class TestArticles
{
    public static readonly DateTimeOffset DefaultPublishedAt = new(2024, 3, 10, 9, 30, 0, TimeSpan.Zero);

    public static ArticleDraft Draft(
        string headline,
        DateTimeOffset? publishedAt = null,
        IReadOnlyList<string>? tags = null,
        IReadOnlyList<PersonDraft>? people = null,
        IReadOnlyList<OrganizationDraft>? organizations = null,
        IReadOnlyList<QuoteDraft>? quotes = null,
        IReadOnlyList<ImageDraft>? images = null,
        IReadOnlyList<string>? body = null,
        IReadOnlyList<string>? places = null,
        IReadOnlyList<string>? related = null,
        IReadOnlyList<string>? byline = null,
        bool noDate = false)
    {
        body ??= [$"{headline} was reported on Sunday by officials in the capital.", "A second paragraph gives more detail."];
        return new ArticleDraft
        {
            Headline = headline,
            PublishedAt = noDate ? null : publishedAt ?? DefaultPublishedAt,
            Lead = body[0],
            Body = body,
            Tags = tags ?? [],
            People = people ?? [],
            Organizations = organizations ?? [],
            Quotes = quotes ?? [],
            Images = images ?? [],
            Places = places ?? [],
            Related = related ?? [],
            Byline = byline ?? [],
            SourceName = Slugish(headline) + ".txt",
            // Unique per draft, so that two drafts with one headline are still two documents.
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(headline + Guid.NewGuid()))),
            WordCount = body.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length),
        };
    }

    public static PersonDraft Person(string name, string? title = null, string? organization = null, IReadOnlyList<PersonRole>? roles = null, IReadOnlyList<string>? aliases = null) =>
        new()
        {
            Name = name,
            Title = title,
            Organization = organization,
            Roles = roles ?? [PersonRole.Mentioned],
            Aliases = aliases ?? [],
            Mentions = 1,
        };

    public static OrganizationDraft Organization(string name, string? kind = null, string? parent = null, IReadOnlyList<string>? aliases = null) =>
        new() { Name = name, Kind = kind, Parent = parent, Aliases = aliases ?? [], Mentions = 1 };

    /// <summary>Stores the draft through <see cref="ArticleUpsertService"/> and returns its id and slug.</summary>
    public static Task<UpsertResult> StoreAsync(this NewsApiFactory factory, ArticleDraft draft) =>
        factory.WithScopeAsync(services => services.GetRequiredService<ArticleUpsertService>().UpsertAsync(draft, CancellationToken.None));

    public static async Task StoreAllAsync(this NewsApiFactory factory, params ArticleDraft[] drafts)
    {
        foreach (var draft in drafts)
        {
            await factory.StoreAsync(draft);
        }
    }

    /// <summary>A factory with an empty database: no seeds, so each test sees only what it stores.</summary>
    public static NewsApiFactory EmptyFactory() => new() { SeedingEnabled = false };

    private static string Slugish(string text) =>
        new(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
