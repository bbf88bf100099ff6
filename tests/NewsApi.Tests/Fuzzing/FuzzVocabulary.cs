using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;

namespace NewsApi.Tests.Fuzzing;

/// <summary>Real slugs, ids and documents from the seeded database, so that shaped requests reach past the 404s.</summary>
public sealed record FuzzVocabulary(
    IReadOnlyList<string> ArticleSlugs,
    IReadOnlyList<string> PersonSlugs,
    IReadOnlyList<string> OrganizationSlugs,
    IReadOnlyList<string> TagSlugs,
    IReadOnlyList<int> Ids,
    IReadOnlyList<string> Documents)
{
    public IReadOnlyList<string> AllSlugs => [.. ArticleSlugs, .. PersonSlugs, .. OrganizationSlugs, .. TagSlugs];

    /// <summary>The slugs that name the resource a path like /api/people/{idOrSlug} is about.</summary>
    public IReadOnlyList<string> SlugsFor(string pathTemplate) => pathTemplate switch
    {
        _ when pathTemplate.Contains("/people", StringComparison.Ordinal) => PersonSlugs,
        _ when pathTemplate.Contains("/organizations", StringComparison.Ordinal) => OrganizationSlugs,
        _ when pathTemplate.Contains("/tags", StringComparison.Ordinal) => TagSlugs,
        _ => ArticleSlugs,
    };

    public static async Task<FuzzVocabulary> LoadAsync(IServiceProvider root)
    {
        var documents = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var articles = await db.Articles.OrderBy(a => a.Id).Select(a => a.Slug).Take(50).ToListAsync();
        var people = await db.People.OrderBy(p => p.Id).Select(p => p.Slug).Take(50).ToListAsync();
        var organizations = await db.Organizations.OrderBy(o => o.Id).Select(o => o.Slug).Take(50).ToListAsync();
        var tags = await db.Tags.OrderBy(t => t.Id).Select(t => t.Slug).Take(50).ToListAsync();
        return new FuzzVocabulary(
            NonEmpty(articles), NonEmpty(people), NonEmpty(organizations), NonEmpty(tags), [1, 2, 3, 5, 8, 13, 999999], documents);
    }

    // An empty pool would make Gen.OneOf throw; a made-up slug keeps the generators total.
    private static List<string> NonEmpty(List<string> slugs) => slugs.Count > 0 ? slugs : ["no-such-slug"];
}
