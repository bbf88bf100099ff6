using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Seeding;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Seeding;

public sealed class SeedingTests
{
    private static readonly string HarbourStory = SeedFolder.Story(
        "Harbour Board Approves Second Ferry Terminal for Port Quillan",
        "Oslo",
        "The harbour board of Port Quillan approved a second ferry terminal on Wednesday, officials said.",
        "The terminal is due to open in two years and will double the number of daily crossings.",
        "Local businesses welcomed the decision, saying the current terminal was running at its limit.");

    private static readonly string OrchardStory = SeedFolder.Story(
        "Apple Growers Report Record Harvest After Mild Spring",
        "Copenhagen",
        "Apple growers across the region reported a record harvest on Wednesday after an unusually mild spring.",
        "Prices for the fruit fell by a fifth compared with last year, according to a growers' association.",
        "Exporters said they expected to ship more of the crop abroad than in any previous season.");

    [Fact]
    public async Task SecondStartOnTheSameDatabaseAddsAndDuplicatesNothing()
    {
        using var seeds = new SeedFolder();
        seeds.Write("a_harbour.txt", HarbourStory);
        seeds.Write("b_orchard.txt", OrchardStory);
        using var factory = new NewsApiFactory { SeedsPath = seeds.Path };

        await factory.WaitUntilReadyAsync(factory.CreateClient());
        var first = await SnapshotAsync(factory.Services);
        Assert.Equal(2, first.Articles);
        Assert.Equal(new SeedingSummary(2, 2, 0, 0, 0, default), Counts(factory.Services));

        using var secondStart = factory.WithWebHostBuilder(_ => { });
        await factory.WaitUntilReadyAsync(secondStart.CreateClient());
        var second = await SnapshotAsync(secondStart.Services);

        Assert.Equal(new SeedingSummary(2, 0, 0, 2, 0, default), Counts(secondStart.Services));
        Assert.Equal(first, second with { Hashes = first.Hashes });
        Assert.Equal(first.Hashes, second.Hashes);
    }

    [Fact]
    public async Task TwoInstancesStartingTogetherOnOneDatabaseStoreEachDocumentOnce()
    {
        using var seeds = new SeedFolder();
        seeds.Write("a_harbour.txt", HarbourStory);
        seeds.Write("b_orchard.txt", OrchardStory);
        using var factory = new NewsApiFactory { SeedsPath = seeds.Path };
        using var other = factory.WithWebHostBuilder(_ => { });

        await Task.WhenAll(
            Task.Run(() => factory.WaitUntilReadyAsync(factory.CreateClient())),
            Task.Run(() => factory.WaitUntilReadyAsync(other.CreateClient())));

        var first = Counts(factory.Services);
        var second = Counts(other.Services);
        Assert.Equal(0, first.Failed + second.Failed);
        Assert.Equal(0, first.Updated + second.Updated);
        Assert.Equal(2, first.Created + second.Created);
        Assert.Equal(2, first.Unchanged + second.Unchanged);
        var snapshot = await SnapshotAsync(factory.Services);
        Assert.Equal(2, snapshot.Articles);
    }

    [Fact]
    public async Task ChangedDocumentUpdatesItsArticleInPlace()
    {
        using var seeds = new SeedFolder();
        seeds.Write("harbour.txt", HarbourStory);
        using var factory = new NewsApiFactory { SeedsPath = seeds.Path };
        await factory.WaitUntilReadyAsync(factory.CreateClient());
        var before = await ArticlesAsync(factory.Services);

        seeds.Write("harbour.txt", HarbourStory.Replace("double the number", "triple the number", StringComparison.Ordinal));
        using var secondStart = factory.WithWebHostBuilder(_ => { });
        await factory.WaitUntilReadyAsync(secondStart.CreateClient());
        var after = await ArticlesAsync(secondStart.Services);

        Assert.Equal(new SeedingSummary(1, 0, 1, 0, 0, default), Counts(secondStart.Services));
        var original = Assert.Single(before);
        var updated = Assert.Single(after);
        Assert.Equal(original.Id, updated.Id);
        Assert.Equal(original.Slug, updated.Slug);
        Assert.NotEqual(original.ContentHash, updated.ContentHash);
        Assert.Contains(updated.Body, paragraph => paragraph.Contains("triple the number", StringComparison.Ordinal));
        Assert.DoesNotContain(updated.Body, paragraph => paragraph.Contains("double the number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BrokenDocumentsAreSkippedAndTheOthersLoad()
    {
        using var seeds = new SeedFolder();
        seeds.Write("a_empty.txt", "");
        seeds.Write("b_harbour.txt", HarbourStory);
        seeds.Write("c_whitespace.txt", "   \n\t\n   ");
        seeds.Write("d_orchard.txt", OrchardStory);
        seeds.Write("e_not_a_story.md", "ignored: only *.txt files are seeds");
        using var factory = new NewsApiFactory { SeedsPath = seeds.Path };

        await factory.WaitUntilReadyAsync(factory.CreateClient());

        Assert.Equal(new SeedingSummary(4, 2, 0, 0, 2, default), Counts(factory.Services));
        var articles = await ArticlesAsync(factory.Services);
        Assert.Equal(["b_harbour.txt", "d_orchard.txt"], articles.Select(a => a.SourceDocumentName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadyAnswers503UntilSeedingHasFinishedThen200()
    {
        var gate = new GatedSeedSource(new SeedDocument("harbour.txt", HarbourStory));
        using var factory = new NewsApiFactory();
        using var gated = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ISeedDocumentSource>(gate)));
        var client = gated.CreateClient();

        await gate.Started.WaitAsync(TimeSpan.FromSeconds(30));
        using (var live = await client.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        using (var notReady = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        }

        gate.Release();
        await factory.WaitUntilReadyAsync(client);

        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Single(await ArticlesAsync(gated.Services));
    }

    [Fact]
    public async Task RepositorySeedsAllLoadWithoutFailures()
    {
        using var factory = new NewsApiFactory();
        var seedCount = Directory.GetFiles(factory.SeedsPath, "*.txt").Length + Directory.GetFiles(factory.SeedsPath, "*.html").Length;

        await factory.WaitUntilReadyAsync(factory.CreateClient());

        Assert.True(seedCount > 0, "the repository's seeds are copied beside the tests");
        Assert.Equal(new SeedingSummary(seedCount, seedCount, 0, 0, 0, default), Counts(factory.Services));
        var articles = await ArticlesAsync(factory.Services);
        Assert.Equal(seedCount, articles.Select(a => a.ContentHash).Distinct().Count());
        Assert.All(articles, article => Assert.NotEmpty(article.Body));
        var page = Assert.Single(articles, a => a.SourceDocumentName == "200_html_wire_story.html");
        Assert.Equal("Storm-damaged ferry pier at Varnholm reopens after six weeks", page.Headline);
        Assert.Equal("https://www.coastal-ledger.example/news/2026/02/11/varnholm-ferry-pier-reopens", page.CanonicalUrl);
        Assert.DoesNotContain(page.Body, p => p.Contains("says:", StringComparison.Ordinal) || p.Contains("Sign up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HtmlSeedPagesGoThroughTheHtmlParser()
    {
        using var seeds = new SeedFolder();
        seeds.Write("a_tide_gauge.html", Articles.HtmlDocumentTests.Page());
        seeds.Write("b_scripts_only.html", "<!doctype html><html><body><script>render()</script></body></html>");
        seeds.Write("c_orchard.txt", OrchardStory);
        using var factory = new NewsApiFactory { SeedsPath = seeds.Path };

        await factory.WaitUntilReadyAsync(factory.CreateClient());

        Assert.Equal(new SeedingSummary(3, 2, 0, 0, 1, default), Counts(factory.Services));
        var page = Assert.Single(await ArticlesAsync(factory.Services), a => a.SourceDocumentName == "a_tide_gauge.html");
        Assert.Equal(Articles.HtmlDocumentTests.Headline, page.Headline);
        Assert.Equal(Articles.HtmlDocumentTests.Canonical, page.CanonicalUrl);
        await using var scope = factory.Services.CreateAsyncScope();
        var image = await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Images.SingleAsync(i => i.ArticleId == page.Id);
        Assert.Equal(Articles.HtmlDocumentTests.ImageUrl, image.Url);
    }

    [Fact]
    public async Task DisabledSeedingIsReadyAtOnceWithAnEmptyDatabase()
    {
        using var factory = new NewsApiFactory { SeedingEnabled = false };
        await factory.WaitUntilReadyAsync(factory.CreateClient());

        Assert.Empty(await ArticlesAsync(factory.Services));
        Assert.Null(factory.Services.GetRequiredService<ReadinessState>().LastSeeding);
    }

    private static SeedingSummary Counts(IServiceProvider services) =>
        services.GetRequiredService<ReadinessState>().LastSeeding! with { Elapsed = default };

    private static async Task<List<Article>> ArticlesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        return await db.Articles.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    private static async Task<DatabaseSnapshot> SnapshotAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        return new DatabaseSnapshot(
            await db.Articles.CountAsync(),
            await db.People.CountAsync(),
            await db.Organizations.CountAsync(),
            await db.Tags.CountAsync(),
            await db.ArticlePeople.CountAsync() + await db.ArticleOrganizations.CountAsync() + await db.ArticleTags.CountAsync(),
            await db.Quotes.CountAsync() + await db.Images.CountAsync() + await db.RelatedHeadlines.CountAsync(),
            string.Join(",", await db.Articles.OrderBy(a => a.ContentHash).Select(a => a.ContentHash).ToListAsync()));
    }

    private sealed record DatabaseSnapshot(int Articles, int People, int Organizations, int Tags, int Links, int Parts, string Hashes);

    /// <summary>Holds seeding at its first document until the test lets it go, so that "not ready yet" can be observed.</summary>
    private sealed class GatedSeedSource(params SeedDocument[] documents) : ISeedDocumentSource
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public void Release() => _released.TrySetResult();

        public async IAsyncEnumerable<SeedDocument> ReadAsync([EnumeratorCancellation] CancellationToken ct)
        {
            _started.TrySetResult();
            await _released.Task.WaitAsync(ct);
            foreach (var document in documents)
            {
                yield return document;
            }
        }
    }
}
