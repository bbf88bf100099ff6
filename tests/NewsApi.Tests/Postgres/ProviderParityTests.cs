using System.Net;
using System.Net.Http.Json;
using NewsApi.Tests.Data;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Postgres;

/// <summary>
/// Rules where SQLite and PostgreSQL differ by default, pinned to SQLite's answers. They run on whichever provider the
/// suite runs on (NEWSAPI_TEST_POSTGRES), so CI checks them on both.
/// </summary>
public sealed class ProviderParityTests
{
    [Fact]
    public async Task NamesSortByCodePointAsSqliteBinaryDoes()
    {
        using var factory = new NewsApiFactory { SeedingEnabled = false };
        using var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        string[] names = ["beta", "Alpha", "alphabet", "Émile", "Zulu", "Ångström", "10 Downing", "9 Elms", "apple"];
        foreach (var name in names)
        {
            using var created = await client.PostAsJsonAsync("/api/tags", new { name });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var listed = await (await client.GetAsync("/api/tags?sort=name&pageSize=100")).ReadJsonAsync();

        // Code point order: digits, upper case, lower case, then letters beyond ASCII; a locale's collation would interleave them.
        Assert.Equal(names.Order(StringComparer.Ordinal), listed["items"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("erdogan", true)]
    [InlineData("ERDOĞAN", true)]
    [InlineData("assad", true)]
    [InlineData("al-assad", true)]
    [InlineData("\"bashar al assad\"", true)]
    [InlineData("\"assad ankara\"", false)]
    [InlineData("5", true)]
    [InlineData("3.5", true)]
    [InlineData("ankar*", true)]
    [InlineData("gdansk", true)]
    [InlineData("zzzz OR gdansk", true)]
    [InlineData("\"billion dollars\" -drills", true)]
    [InlineData("erdogan -ankara", false)]
    public async Task SearchCutsWordsAsTheFts5TokenizerDoes(string q, bool matches)
    {
        using var factory = await Drafts.StartAsync();
        // unicode61 cuts "al-Assad" into al, assad and "3.5" into 3, 5, and folds case and diacritics (Ğ, ń).
        await factory.UpsertAsync(Drafts.Article(
            "Erdoğan meets Bashar al-Assad in Ankara",
            body: "Talks on 3.5 billion dollars of trade went on in Gdańsk and Ankara."));
        await factory.UpsertAsync(Drafts.Article("Harbour works resume", body: "Cranes returned to the quay on Monday."));
        using var client = factory.CreateClient();

        var found = await (await client.GetAsync("/api/articles?q=" + Uri.EscapeDataString(q))).ReadJsonAsync();

        var headlines = found["items"]!.AsArray().Select(i => i!["headline"]!.GetValue<string>()).ToList();
        if (matches)
        {
            Assert.Equal(["Erdoğan meets Bashar al-Assad in Ankara"], headlines);
        }
        else
        {
            Assert.Empty(headlines);
        }
    }
}
