namespace NewsApi.Ingestion.Tests.Scoring;

/// <summary>Proves the yardstick can fail: a matching draft passes, and each kind of defect is reported by name.</summary>
public sealed class GoldenComparerTests
{
    private const string SmallGolden = """
        {
          "document": "small.txt",
          "headline": "Port of Gdańsk expands “green” terminal",
          "headlineDerived": false,
          "standfirst": null,
          "publishedAt": "2022-02-02T15:14:00Z",
          "source": "AP",
          "dateline": "GDANSK",
          "byline": ["Joana Ribeiro"],
          "contributors": [{ "name": "Tomasz Nowicki", "role": "contributed" }],
          "lead": "The port of Gdańsk will double its terminal.",
          "bodyParagraphs": 2,
          "bodyMustNotContain": ["Share this"],
          "bodyMustNotContainCharacters": ["\u00a0"],
          "tags": ["ports", "Poland"],
          "images": [{ "captionStartsWith": "Cranes at the terminal", "credit": "Anna Kowal/AP" }],
          "related": ["Baltic ports brace for winter"],
          "people": [
            { "name": "Joana Ribeiro", "in": "byline" },
            { "name": "Marek Zieliński", "aliases": ["Zieliński"], "titleContains": "chief executive", "organization": "Port of Gdańsk Authority" }
          ],
          "optionalPeople": [{ "name": "Anna Kowal", "in": "image credit" }],
          "organizations": [{ "name": "Port of Gdańsk Authority", "aliases": ["PGA"], "kind": "company" }],
          "optionalOrganizations": [{ "name": "AP" }],
          "quotes": [
            { "speaker": "Marek Zieliński", "textStartsWith": "We are ready" },
            { "speaker": "Marek Zieliński", "textStartsWith": "a new chapter", "partial": true }
          ],
          "notQuotes": ["green"],
          "places": ["Gdańsk", "Poland"],
          "optionalPlaces": ["Baltic"]
        }
        """;

    private static ArticleDraft MatchingDraft() => new()
    {
        Headline = "Port of Gdańsk expands \"green\"  terminal",
        PublishedAt = new DateTimeOffset(2022, 2, 2, 15, 14, 0, TimeSpan.Zero),
        Source = "AP",
        Dateline = "GDANSK",
        Byline = ["Joana Ribeiro"],
        Contributors = [new ContributorDraft("Tomasz Nowicki", "Contributed")],
        Lead = "The port of Gdańsk will double its terminal.",
        Body = ["The port of Gdańsk will double its terminal.", "\u201CWe are ready,\u201D he said of what he called \u201Ca new chapter\u201D."],
        Tags = ["Poland", "ports"],
        Images = [new ImageDraft("Cranes at the terminal in Gdańsk, Feb. 1, 2022.", "Anna Kowal/AP")],
        Related = ["Baltic ports brace for winter"],
        People =
        [
            new PersonDraft { Name = "Joana Ribeiro", Roles = [PersonRole.Byline] },
            new PersonDraft
            {
                Name = "Marek Zielin\u0301ski",
                Aliases = ["Zieliński"],
                Title = "Chief Executive",
                Organization = "Port of Gdańsk Authority",
                Roles = [PersonRole.Quoted],
            },
        ],
        Organizations = [new OrganizationDraft { Name = "Port of Gdańsk Authority", Aliases = ["PGA"], Kind = "company" }],
        Places = ["Gdańsk", "Poland", "Baltic"],
        Quotes =
        [
            new QuoteDraft("We are ready.", "Marek Zieliński", false),
            new QuoteDraft("a new chapter", "Marek Zieliński", true),
        ],
        ContentHash = "0",
    };

    private static GoldenDocument Golden() => GoldenDocument.Parse(SmallGolden);

    [Fact]
    public void MatchingDraftHasNoMismatchesAndPerfectScores()
    {
        var comparison = GoldenComparer.Compare(Golden(), MatchingDraft());

        Assert.Empty(comparison.Mismatches);
        Assert.Equal(new EntityScore(2, 2, 2, 0), comparison.People);
        Assert.Equal(new EntityScore(1, 1, 1, 0), comparison.Organizations);
        Assert.Equal(new EntityScore(2, 2, 3, 0), comparison.Places);
        Assert.Equal(new QuoteScore(2, 2), comparison.Quotes);
    }

    [Fact]
    public void WrongSpeakerIsReportedAndLowersQuoteScore()
    {
        var draft = MatchingDraft() with
        {
            Quotes = [new QuoteDraft("We are ready.", "Joana Ribeiro", false), new QuoteDraft("a new chapter", "Marek Zieliński", true)],
        };

        var comparison = GoldenComparer.Compare(Golden(), draft);

        var mismatch = Assert.Single(comparison.Mismatches);
        Assert.Equal("quotes: \"We are ready\" speaker expected \"Marek Zieliński\", found [\"Joana Ribeiro\"]", mismatch);
        Assert.Equal(new QuoteScore(2, 1), comparison.Quotes);
    }

    [Fact]
    public void ExtraPersonCountsAgainstPrecision()
    {
        var draft = MatchingDraft() with
        {
            People = [.. MatchingDraft().People, new PersonDraft { Name = "Port Authority" }],
        };

        var comparison = GoldenComparer.Compare(Golden(), draft);

        var mismatch = Assert.Single(comparison.Mismatches);
        Assert.Equal("people: found people the document does not name as such: [\"Port Authority\"]", mismatch);
        Assert.Equal(new EntityScore(2, 2, 3, 1), comparison.People);
        Assert.Equal(2.0 / 3, comparison.People.Precision, 3);
    }

    [Fact]
    public void MissingPlaceCountsAgainstRecall()
    {
        var draft = MatchingDraft() with { Places = ["Gdańsk"] };

        var comparison = GoldenComparer.Compare(Golden(), draft);

        var mismatch = Assert.Single(comparison.Mismatches);
        Assert.Equal("places: not found [\"Poland\"]", mismatch);
        Assert.Equal(0.5, comparison.Places.Recall);
    }

    [Fact]
    public void EveryDefectIsReportedAtOnce()
    {
        var draft = MatchingDraft() with
        {
            Headline = "Port expands",
            Standfirst = "A standfirst the page does not have",
            PublishedAt = new DateTimeOffset(2022, 2, 2, 0, 0, 0, TimeSpan.Zero),
            PublishedDateOnly = true,
            Byline = ["Joana Ribeiro", "Tomasz Nowicki"],
            Body = ["The port\u00a0of Gdańsk will double its terminal.", "Share this article"],
            Tags = ["ports", "Gdańsk"],
            Images = [new ImageDraft("Cranes at the terminal", "© Anna Kowal/AP")],
            People =
            [
                new PersonDraft { Name = "Joana Ribeiro", Roles = [PersonRole.Mentioned] },
                new PersonDraft { Name = "Marek Zieliński", Title = "mayor", Organization = "City of Gdańsk" },
            ],
            Organizations = [new OrganizationDraft { Name = "Port of Gdańsk Authority", Kind = "ministry" }],
            Quotes = [new QuoteDraft("We are ready.", "Marek Zieliński", false), new QuoteDraft("a new chapter", "Marek Zieliński", false), new QuoteDraft("green", null, true)],
        };

        var mismatches = GoldenComparer.Compare(Golden(), draft).Mismatches;

        Assert.Equal(
            [
                "headline: expected \"Port of Gdańsk expands “green” terminal\", found \"Port expands\"",
                "standfirst: expected null, found \"A standfirst the page does not have\"",
                "publishedAt: expected 2022-02-02T15:14:00Z, found 2022-02-02T00:00:00Z (date only)",
                "byline: expected [\"Joana Ribeiro\"], found [\"Joana Ribeiro\", \"Tomasz Nowicki\"]",
                "body: must not contain \"Share this\", but a paragraph does: \"Share this article\"",
                "body: must not contain the character U+00A0, but a paragraph does: \"The port\u00a0of Gdańsk will double its terminal.\"",
                "tags: missing [\"Poland\"]",
                "tags: unexpected [\"Gdańsk\"]",
                "images[0].credit: expected \"Anna Kowal/AP\", found \"© Anna Kowal/AP\"",
                "people: \"Joana Ribeiro\" expected role Byline (\"in\": \"byline\"), found roles [Mentioned]",
                "people: \"Marek Zieliński\" lacks the aliases [\"Zieliński\"] (found [])",
                "people: \"Marek Zieliński\" title expected to contain \"chief executive\", found \"mayor\"",
                "people: \"Marek Zieliński\" organization expected \"Port of Gdańsk Authority\", found \"City of Gdańsk\"",
                "organizations: \"Port of Gdańsk Authority\" lacks the aliases [\"PGA\"] (found [])",
                "organizations: \"Port of Gdańsk Authority\" kind expected \"company\", found \"ministry\"",
                "notQuotes: \"green\" is a quoted term, not a quotation, but was found as one (speaker null)",
                "quotes: \"a new chapter\" partial expected true, found false",
            ],
            mismatches);
    }

    [Fact]
    public void MissingHeadlineDemandsAShortDerivedHeadlineNamingTheStory()
    {
        var golden = GoldenDocument.Parse("""{ "headline": null, "headlineDerived": true, "headlineMustMention": ["Damascus", "Syria"] }""");
        var derived = MatchingDraft() with { Headline = "Chinese officer visits Damascus", HeadlineDerived = true };
        var tooLong = derived with { Headline = "Chinese officer visits Damascus and Syria " + new string('x', 100) };
        var notDerived = MatchingDraft() with { Headline = "Chinese officer visits Damascus, Syria" };

        Assert.Equal(
            ["headline: the derived headline \"Chinese officer visits Damascus\" does not mention \"Syria\""],
            GoldenComparer.Compare(golden, derived).Mismatches);
        Assert.Contains(GoldenComparer.Compare(golden, tooLong).Mismatches, m => m.Contains("more than 110", StringComparison.Ordinal));
        Assert.Equal(
            ["headlineDerived: expected true, found false"],
            GoldenComparer.Compare(golden, notDerived).Mismatches);
    }

    [Fact]
    public void DateAloneRequiresDateOnlyFlag()
    {
        var golden = GoldenDocument.Parse("""{ "publishedAt": "2021-03-04" }""");
        var dateOnly = MatchingDraft() with { PublishedAt = new DateTimeOffset(2021, 3, 4, 0, 0, 0, TimeSpan.Zero), PublishedDateOnly = true };
        var instant = dateOnly with { PublishedDateOnly = false };

        Assert.Empty(GoldenComparer.Compare(golden, dateOnly).Mismatches);
        Assert.Equal(
            ["publishedAt: expected the date 2021-03-04 alone (PublishedDateOnly), found 2021-03-04T00:00:00Z"],
            GoldenComparer.Compare(golden, instant).Mismatches);
    }

    [Fact]
    public void AbsentFieldsAreNotCheckedButExplicitNullsAre()
    {
        var silent = GoldenDocument.Parse("{}");
        var explicitNull = GoldenDocument.Parse("""{ "source": null, "dateline": null }""");
        var draft = MatchingDraft();

        Assert.Empty(GoldenComparer.Compare(silent, draft).Mismatches);
        Assert.Equal(
            ["source: expected null, found \"AP\"", "dateline: expected null, found \"GDANSK\""],
            GoldenComparer.Compare(explicitNull, draft).Mismatches);
    }

    [Fact]
    public void MisspeltGoldenFieldIsRejected()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => GoldenDocument.Parse("""{ "palces": ["Gdańsk"] }"""));
    }

    [Fact]
    public void ConsistencyCheckCatchesNamesAbsentFromTheDocumentAndUnlistedSpeakers()
    {
        const string text = "GDANSK (AP) — \u201CWe are ready,\u201D said Marek Zieliński, chief executive of the Port of Gdańsk Authority (PGA).";
        var golden = GoldenDocument.Parse("""
            {
              "people": [{ "name": "Marek Zieliński" }, { "name": "Ewa Lis" }],
              "organizations": [{ "name": "Port of Gdańsk Authority", "aliases": ["PGA"], "parent": "Ministry of Infrastructure" }],
              "places": ["Gdańsk", "Gdansk"],
              "quotes": [{ "speaker": "Joana Ribeiro", "textStartsWith": "We are ready" }]
            }
            """);

        var problems = GoldenConsistency.Check(golden, text, "small.txt");

        Assert.Equal(
            [
                "person \"Ewa Lis\" does not occur in small.txt",
                "parent \"Ministry of Infrastructure\" of Port of Gdańsk Authority is not listed as an organization",
                "quote \"We are ready\" is spoken by Joana Ribeiro, who is not listed among the people",
            ],
            problems);
    }

    [Theory]
    [InlineData("Fahad  Jassim\u00a0al-Freij", "fahad jassim al-freij")]
    [InlineData("\u201CStamp Out\u2019 ", "\"stamp out'")]
    [InlineData("\uFB01nance", "finance")]
    [InlineData("Nu\u0301n\u0303ez", "núñez")]
    public void NormalizationFoldsWidthQuotesWhitespaceAndCase(string raw, string expected)
    {
        Assert.Equal(expected, TextComparison.Normalize(raw));
    }
}
