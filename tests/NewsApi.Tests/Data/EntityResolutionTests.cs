using Microsoft.EntityFrameworkCore;
using NewsApi.Data.Entities;
using NewsApi.Ingest;
using NewsApi.Ingestion;
using static NewsApi.Tests.Data.Drafts;

namespace NewsApi.Tests.Data;

public sealed class EntityResolutionTests
{
    [Fact]
    public async Task LaterSurnameAloneJoinsTheFullNamePerson()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Inspector Opens Canal Inquiry", people: [Person("Orlaith Quennell", "chief inspector")]));

        var later = await factory.UpsertAsync(Article("Canal Inquiry Widens", people: [Person("Quennell")]));

        var people = await factory.QueryAsync(db => db.People.Include(p => p.Articles).ToListAsync());
        var person = Assert.Single(people);
        Assert.Equal("Orlaith Quennell", person.Name);
        Assert.Contains("Quennell", person.Aliases);
        Assert.Contains(person.Articles, link => link.ArticleId == later.ArticleId);
    }

    [Fact]
    public async Task SurnameFirstNamesJoinOnTheirFirstWord()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Envoy Visits Port", people: [Person("Tsang Weiluo", "envoy")]));

        await factory.UpsertAsync(Article("Envoy Leaves Port", people: [Person("Tsang")]));

        Assert.Equal(["Tsang Weiluo"], await factory.QueryAsync(db => db.People.Select(p => p.Name).ToListAsync()));
    }

    [Fact]
    public async Task DoubleSurnameAloneJoinsTheFullNamePerson()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Curator Opens Museum", people: [Person("Benedita Lobo Carrasqueira")]));

        await factory.UpsertAsync(Article("Museum Draws Crowds", people: [Person("Lobo Carrasqueira")]));

        var person = Assert.Single(await factory.QueryAsync(db => db.People.ToListAsync()));
        Assert.Equal("Benedita Lobo Carrasqueira", person.Name);
        Assert.Contains("Lobo Carrasqueira", person.Aliases);
    }

    [Fact]
    public async Task AmbiguousSurnameDoesNotMerge()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Sisters Open Bakery", people: [Person("Mirela Vantongeren"), Person("Dorin Vantongeren")]));

        var later = await factory.UpsertAsync(Article("Bakery Wins Prize", people: [Person("Vantongeren")]));

        var names = await factory.QueryAsync(db => db.People.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
        Assert.Equal(["Dorin Vantongeren", "Mirela Vantongeren", "Vantongeren"], names);
        var linked = await factory.QueryAsync(db => db.ArticlePeople.Where(l => l.ArticleId == later.ArticleId).Select(l => l.Person.Name).ToListAsync());
        Assert.Equal(["Vantongeren"], linked);
    }

    [Fact]
    public async Task AcronymJoinsTheOrganizationWithThatFullName()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Council Warns of Drought", organizations: [Organization("Northern Basin Hydrology Council")]));

        var later = await factory.UpsertAsync(Article("Drought Eases", organizations: [Organization("NBHC")]));

        var organization = Assert.Single(await factory.QueryAsync(db => db.Organizations.Include(o => o.Articles).ToListAsync()));
        Assert.Equal("Northern Basin Hydrology Council", organization.Name);
        Assert.Contains("NBHC", organization.Aliases);
        Assert.Contains(organization.Articles, link => link.ArticleId == later.ArticleId);
    }

    [Fact]
    public async Task FullNameSeenAfterItsAcronymBecomesTheNameAndTheSlugStays()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Fund Approves Loan", organizations: [Organization("QFRD")]));

        await factory.UpsertAsync(Article("Fund Names Director", organizations: [Organization("Quillan Fund for Regional Development", "QFRD")]));

        var organization = Assert.Single(await factory.QueryAsync(db => db.Organizations.ToListAsync()));
        Assert.Equal("Quillan Fund for Regional Development", organization.Name);
        Assert.Equal("qfrd", organization.Slug);
        Assert.Contains("QFRD", organization.Aliases);
    }

    [Fact]
    public async Task ContradictoryParentsDoNotMakeACycle()
    {
        using var factory = await StartAsync();
        var faculty = Organization("Faculty of Marine Studies") with { Parent = "Vardby University" };
        var university = Organization("Vardby University") with { Parent = "Faculty of Marine Studies" };

        await factory.UpsertAsync(Article("Faculty Opens Lab", organizations: [faculty, university]));
        await factory.UpsertAsync(Article("University Opens Lab", organizations: [university]));

        var parents = await factory.QueryAsync(db => db.Organizations.OrderBy(o => o.Name)
            .Select(o => new { o.Name, Parent = o.Parent == null ? null : o.Parent.Name }).ToListAsync());
        Assert.Equal(
            [new { Name = "Faculty of Marine Studies", Parent = (string?)"Vardby University" }, new { Name = "Vardby University", Parent = (string?)null }],
            parents);
    }

    [Fact]
    public async Task NamesMatchAcrossAccentsCaseSpacingAndApostrophes()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Mayor Opens Bridge", people: [Person("José Ñúñez-O\u2019Brady")], tags: ["Café Culture"]));

        await factory.UpsertAsync(Article("Bridge Closes Again", people: [Person("JOSE  NUNEZ-O'BRADY")], tags: ["cafe   culture"]));

        Assert.Single(await factory.QueryAsync(db => db.People.ToListAsync()));
        var tag = Assert.Single(await factory.QueryAsync(db => db.Tags.ToListAsync()));
        Assert.Equal("Café Culture", tag.Name);
        Assert.Equal("cafe-culture", tag.Slug);
    }

    [Fact]
    public async Task PlacesBecomePlaceTagsAndTagLineNamesTopicTagsOneRowPerName()
    {
        using var factory = await StartAsync();

        await factory.UpsertAsync(Article("Ferry Strike Ends", tags: ["shipping", "Vardby"], places: ["Vardby"]));

        var tags = await factory.QueryAsync(db => db.Tags.OrderBy(t => t.NormalizedName).Select(t => new { t.Name, t.Kind }).ToListAsync());
        Assert.Equal([new { Name = "shipping", Kind = TagKind.Topic }, new { Name = "Vardby", Kind = TagKind.Place }], tags);
    }

    [Fact]
    public async Task SlugsCollideWithNumericSuffixesAndNeverChange()
    {
        using var factory = await StartAsync();
        var first = await factory.UpsertAsync(Article("Tram Line Reopens", sourceName: "tram-a.txt"));
        var second = await factory.UpsertAsync(Article("Tram Line Reopens", sourceName: "tram-b.txt"));
        var third = await factory.UpsertAsync(Article("Tram Line Reopens!", sourceName: "tram-c.txt"));

        var renamed = await factory.UpsertAsync(Article("Tram Line Reopens After Two Years", sourceName: "tram-a.txt"));

        Assert.Equal(["tram-line-reopens", "tram-line-reopens-2", "tram-line-reopens-3"], new[] { first.Slug, second.Slug, third.Slug });
        Assert.Equal(UpsertOutcome.Updated, renamed.Outcome);
        Assert.Equal(first.ArticleId, renamed.ArticleId);
        Assert.Equal("tram-line-reopens", renamed.Slug);
        Assert.Equal("Tram Line Reopens After Two Years", await factory.QueryAsync(db => db.Articles.Where(a => a.Id == first.ArticleId).Select(a => a.Headline).SingleAsync()));
    }

    [Fact]
    public async Task DifferentNamesWithTheSameSlugGetSuffixedSlugs()
    {
        using var factory = await StartAsync();

        await factory.UpsertAsync(Article("Choir Tours", people: [Person("Ana-Maria Pop"), Person("Ana Maria Pop")]));

        var slugs = await factory.QueryAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Slug).ToListAsync());
        Assert.Equal(["ana-maria-pop", "ana-maria-pop-2"], slugs);
    }

    [Fact]
    public async Task TitleAndAffiliationFollowTheNewestArticleWhateverTheLoadOrder()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Minister Tours Docks", people: [Person("Berit Holmsgaard", "transport minister", "Ministry of Transport")],
            publishedAt: new DateTimeOffset(2023, 9, 1, 0, 0, 0, TimeSpan.Zero)));

        await factory.UpsertAsync(Article("Deputy Tours Docks", people: [Person("Berit Holmsgaard", "deputy transport minister", "Harbour Party")],
            publishedAt: new DateTimeOffset(2021, 9, 1, 0, 0, 0, TimeSpan.Zero)));

        var person = Assert.Single(await factory.QueryAsync(db => db.People.Include(p => p.Affiliation).Include(p => p.Articles).ToListAsync()));
        Assert.Equal("transport minister", person.Title);
        Assert.Equal("Ministry of Transport", person.Affiliation?.Name);
        Assert.Contains(person.Articles, link => link.Title == "deputy transport minister");
    }

    [Fact]
    public async Task QuoteSpeakersLinkToTheResolvedPersonWithTheQuotedRole()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Harbour Master Speaks", people: [Person("Tamsin Achterberg", "harbour master")]));

        var later = await factory.UpsertAsync(Article("Harbour Master Speaks Again",
            people: [Person("Achterberg")],
            quotes: [new QuoteDraft("The channel is safe again", "Achterberg", Partial: false), new QuoteDraft("no comment", null, Partial: true)]));

        var quotes = await factory.QueryAsync(db => db.Quotes.Where(q => q.ArticleId == later.ArticleId).OrderBy(q => q.Order)
            .Select(q => new { q.Text, Speaker = q.Speaker == null ? null : q.Speaker.Name, q.Partial }).ToListAsync());
        Assert.Equal([new { Text = "The channel is safe again", Speaker = (string?)"Tamsin Achterberg", Partial = false }, new { Text = "no comment", Speaker = (string?)null, Partial = true }], quotes);
        var link = await factory.QueryAsync(db => db.ArticlePeople.SingleAsync(l => l.ArticleId == later.ArticleId));
        Assert.Equal(ArticlePersonRoles.Mentioned | ArticlePersonRoles.Quoted, link.Roles);
    }

    [Fact]
    public async Task AStoredPersonJoinsANewOrganizationAndAStoredOrganizationGetsANewParent()
    {
        using var factory = await StartAsync();
        await factory.UpsertAsync(Article("Minister Tours Docks", people: [Person("Berit Holmsgaard", "transport minister")],
            organizations: [Organization("Faculty of Marine Studies")], publishedAt: new DateTimeOffset(2021, 9, 1, 0, 0, 0, TimeSpan.Zero)));
        var before = await factory.QueryAsync(db => db.Changes.MaxAsync(c => c.Id));

        // Both new organizations are inserted with the article; the stored person and faculty must be saved pointing at them.
        await factory.UpsertAsync(Article("Minister Chairs Harbour Board", people: [Person("Berit Holmsgaard", "board chair", "Harbour Board of Vardby")],
            organizations: [Organization("Faculty of Marine Studies") with { Parent = "Vardby University" }], publishedAt: new DateTimeOffset(2023, 9, 1, 0, 0, 0, TimeSpan.Zero)));

        var person = Assert.Single(await factory.QueryAsync(db => db.People.Include(p => p.Affiliation).ToListAsync()));
        Assert.Equal(("board chair", "Harbour Board of Vardby"), (person.Title, person.Affiliation?.Name));
        var faculty = await factory.QueryAsync(db => db.Organizations.Include(o => o.Parent).SingleAsync(o => o.Name == "Faculty of Marine Studies"));
        Assert.Equal("Vardby University", faculty.Parent?.Name);
        var changes = await factory.QueryAsync(db => db.Changes.Where(c => c.Id > before).OrderBy(c => c.Id).Select(c => c.Kind + " " + c.ResourceType + " " + c.Slug).ToListAsync());
        Assert.Equal(["created article minister-chairs-harbour-board", "created organization harbour-board-of-vardby", "created organization vardby-university",
            "updated organization faculty-of-marine-studies", "updated person berit-holmsgaard"], changes.Order(StringComparer.Ordinal));
        Assert.Equal(3, changes.TakeWhile(c => c.StartsWith("created", StringComparison.Ordinal)).Count());
    }
}
