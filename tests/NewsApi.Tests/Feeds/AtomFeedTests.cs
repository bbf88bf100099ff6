using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Feeds;

public sealed class AtomFeedTests
{
    private static async Task<(NewsApiFactory Factory, HttpClient Client)> ArticlesAsync()
    {
        var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft("Lighthouse keepers return to Skerra",
                new DateTimeOffset(2022, 3, 1, 6, 0, 0, TimeSpan.Zero),
                tags: ["coast"],
                people: [Person("Bryn Aldous", roles: [PersonRole.Byline]), Person("Cato Wren")],
                organizations: [Organization("Coastal Lights Board")],
                byline: ["Bryn Aldous"]),
            Draft("Storm closes the northern ferry",
                new DateTimeOffset(2022, 3, 5, 6, 0, 0, TimeSpan.Zero),
                tags: ["weather"],
                people: [Person("Cato Wren")]));
        return (factory, client);
    }

    /// <summary>Reads the feed back with the library that wrote it, which throws on anything that is not an Atom 1.0 feed.</summary>
    private static async Task<SyndicationFeed> ReadFeedAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "The document is not an Atom 1.0 feed.");
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        Assert.False(string.IsNullOrEmpty(feed.Id));
        Assert.False(string.IsNullOrEmpty(feed.Title?.Text));
        Assert.NotEqual(default, feed.LastUpdatedTime);
        Assert.All(feed.Items, entry =>
        {
            Assert.False(string.IsNullOrEmpty(entry.Id));
            Assert.False(string.IsNullOrEmpty(entry.Title?.Text));
            Assert.NotEqual(default, entry.LastUpdatedTime);
            Assert.NotEmpty(entry.Links);
        });
        return feed;
    }

    [Fact]
    public async Task ArticlesFeedListsTheNewestFirstAsValidAtom()
    {
        var (factory, client) = await ArticlesAsync();
        using var _ = factory;

        var feed = await ReadFeedAsync(client, "/feeds/articles.atom");

        Assert.Equal(["Storm closes the northern ferry", "Lighthouse keepers return to Skerra"], feed.Items.Select(i => i.Title.Text).ToArray());
        var lighthouse = feed.Items.Last();
        Assert.EndsWith("/api/articles/lighthouse-keepers-return-to-skerra", lighthouse.Links[0].Uri.ToString(), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2022, 3, 1, 6, 0, 0, TimeSpan.Zero), lighthouse.PublishDate);
        Assert.Equal(["Bryn Aldous"], lighthouse.Authors.Select(a => a.Name).ToArray());
        Assert.Equal(["coast"], lighthouse.Categories.Select(c => c.Name).ToArray());
        Assert.Contains(feed.Links, link => link.RelationshipType == "self" && link.Uri.ToString().EndsWith("/feeds/articles.atom", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/feeds/tags/coast.atom", new[] { "Lighthouse keepers return to Skerra" })]
    [InlineData("/feeds/people/cato-wren.atom", new[] { "Storm closes the northern ferry", "Lighthouse keepers return to Skerra" })]
    [InlineData("/feeds/organizations/coastal-lights-board.atom", new[] { "Lighthouse keepers return to Skerra" })]
    public async Task FilteredFeedsHoldOnlyTheirArticles(string path, string[] headlines)
    {
        var (factory, client) = await ArticlesAsync();
        using var _ = factory;

        var feed = await ReadFeedAsync(client, path);

        Assert.Equal(headlines, feed.Items.Select(i => i.Title.Text).ToArray());
    }

    [Theory]
    [InlineData("/feeds/tags/unknown-tag.atom")]
    [InlineData("/feeds/people/nobody-known.atom")]
    [InlineData("/feeds/organizations/no-such-body.atom")]
    public async Task FeedOfAnUnknownSlugIsNotFound(string path)
    {
        var (factory, client) = await ArticlesAsync();
        using var _ = factory;

        await (await client.GetAsync(path)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EmptyFeedIsStillValidAtom()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        var feed = await ReadFeedAsync(client, "/feeds/articles.atom");

        Assert.Empty(feed.Items);
    }

    [Fact]
    public async Task LimitCapsTheEntriesAndIsValidated()
    {
        var (factory, client) = await ArticlesAsync();
        using var _ = factory;

        var feed = await ReadFeedAsync(client, "/feeds/articles.atom?limit=1");

        Assert.Equal(["Storm closes the northern ferry"], feed.Items.Select(i => i.Title.Text).ToArray());
        await (await client.GetAsync("/feeds/articles.atom?limit=101")).ReadValidationProblemAsync("limit");
    }

    [Theory]
    [InlineData("/feeds/articles.atom")]
    [InlineData("/feeds/tags/weather.atom")]
    [InlineData("/feeds/people/cato-wren.atom")]
    [InlineData("/feeds/organizations/coastal-lights-board.atom")]
    public async Task FeedsAreValidAgainstTheAtomSchemaOfRfc4287(string path)
    {
        var (factory, client) = await ArticlesAsync();
        using var _ = factory;

        var xml = await (await client.GetAsync(path)).Content.ReadAsByteArrayAsync();

        var errors = AtomSchema.Validate(xml);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task AFeedWhoseEntriesLackAnAuthorNamesItsOwn()
    {
        var (factory, client) = await ArticlesAsync();
        using var _ = factory;

        // "Storm closes the northern ferry" has no byline, so RFC 4287 4.1.1 needs an author on the feed itself.
        var feed = await ReadFeedAsync(client, "/feeds/tags/weather.atom");

        Assert.Empty(Assert.Single(feed.Items).Authors);
        Assert.Equal("News API", Assert.Single(feed.Authors).Name);
    }

    [Fact]
    public void TheSchemaCheckFindsAMissingFeedAuthor()
    {
        var xml = System.Text.Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
            <entry><title>e</title><id>urn:e</id><updated>2024-01-01T00:00:00Z</updated><link href="urn:e"/></entry></feed>
            """);
        var errors = AtomSchema.Validate(xml);
        Assert.Contains(errors, e => e.Contains("must have an atom:author", StringComparison.Ordinal));

        var grammar = AtomSchema.Validate(System.Text.Encoding.UTF8.GetBytes("""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>"""));
        Assert.NotEmpty(grammar);
    }
}
