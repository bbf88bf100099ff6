using NewsApi.Search;

namespace NewsApi.Tests.Search;

public sealed class SearchQueryTests
{
    private static SearchQuery Parse(string text)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out var error), error);
        return query!;
    }

    private static string Error(string text)
    {
        Assert.False(SearchQuery.TryParse(text, out _, out var error));
        return error!;
    }

    [Fact]
    public void WordsAreAllRequiredAndQuoted() =>
        Assert.Equal("\"harbour\" AND \"strike\"", Parse("Harbour  strike").Match);

    [Fact]
    public void PhraseStaysOnePhrase() =>
        Assert.Equal("\"harbour strike\" AND \"ends\"", Parse("\"harbour strike\" ends").Match);

    [Fact]
    public void UnbalancedQuoteClosesAtTheEnd() =>
        Assert.Equal("\"harbour strike\"", Parse("\"harbour strike").Match);

    [Fact]
    public void OrGroupsItsNeighbours() =>
        Assert.Equal("(\"festival\" OR \"cafe\") AND \"crowds\"", Parse("festival OR café crowds").Match);

    [Fact]
    public void ExcludedTermsBecomeOneNot() =>
        Assert.Equal("(\"harbour\") NOT (\"dredging\" OR \"port\")", Parse("harbour -dredging -port").Match);

    [Fact]
    public void PrefixKeepsItsStar() =>
        Assert.Equal("\"dredg\" *", Parse("dredg*").Match);

    [Theory]
    [InlineData("NEAR", "\"near\"")]
    [InlineData("harbour AND strike", "\"harbour\" AND \"and\" AND \"strike\"")]
    [InlineData("NOT harbour", "\"not\" AND \"harbour\"")]
    [InlineData("headline:harbour", "\"headline harbour\"")]
    [InlineData("^harbour", "\"harbour\"")]
    [InlineData("(harbour OR festival)", "(\"harbour\" OR \"festival\")")]
    [InlineData("state-owned", "\"state owned\"")]
    [InlineData("say \"\"hi\"\"", "\"say\" AND \"hi\"")]
    public void KeywordsColumnsAndPunctuationAreOnlyWords(string text, string match) =>
        Assert.Equal(match, Parse(text).Match);

    [Theory]
    [InlineData("OR", "'OR' needs a term on each side")]
    [InlineData("harbour OR", "'OR' needs a term on each side")]
    [InlineData("harbour OR OR strike", "'OR' needs a term on each side")]
    [InlineData("-", "'-' must be followed")]
    [InlineData("harbour - strike", "'-' must be followed")]
    [InlineData("-harbour", "only excludes")]
    [InlineData("h*", "at least 2 letters")]
    [InlineData("harbour OR -strike", "cannot be an alternative")]
    [InlineData("   ", "empty")]
    public void MalformedQueriesSayWhy(string text, string reason) =>
        Assert.Contains(reason, Error(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("*")]
    [InlineData("!!! ... ???")]
    [InlineData("\"")]
    [InlineData("%_[]'\";--")]
    public void PunctuationAloneMatchesNothing(string text) => Assert.True(Parse(text).MatchesNothing);

    [Fact]
    public void TooLongIsRefused() =>
        Assert.Contains("at most 500", Error(new string('a', 2000)), StringComparison.Ordinal);

    [Fact]
    public void TooManyTermsIsRefused() =>
        Assert.Contains("more than 32 terms", Error(string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i))), StringComparison.Ordinal);

    [Fact]
    public void HeadlinePhraseOnlyForPlainQueries()
    {
        Assert.Equal("headline : \"harbour strike\"", Parse("harbour strike -dredging").HeadlinePhrase);
        Assert.Null(Parse("harbour OR strike").HeadlinePhrase);
        Assert.Null(Parse("harb*").HeadlinePhrase);
    }

    [Fact]
    public void HighlightOffsetsPointAtTheMatchedWords()
    {
        var highlighter = new Highlighter(Parse("cafe zur* strike").PositiveTerms);
        var text = "Owners of Café said nothing.\nIn Zürich the café owners went on STRIKE, the strike lasted a day.";

        var field = highlighter.Highlight("body", text)!;

        var matched = field.Fragments.SelectMany(f => f.Highlights.Select(h => f.Text.Substring(h.Start, h.Length))).ToList();
        Assert.Equal(["Café", "Zürich", "café", "STRIKE", "strike"], matched);
        Assert.All(field.Fragments, f => Assert.DoesNotContain('\n', f.Text));
    }

    [Fact]
    public void FragmentsAreShortAndAtMostThree()
    {
        var highlighter = new Highlighter(Parse("tide").PositiveTerms);
        var text = string.Join(' ', Enumerable.Range(0, 200).Select(i => i % 40 == 0 ? "tide" : "water"));

        var field = highlighter.Highlight("body", text)!;

        Assert.Equal(Highlighter.MaxFragments, field.Fragments.Count);
        Assert.All(field.Fragments, f => Assert.InRange(f.Text.Length, 4, Highlighter.FragmentLength));
        Assert.All(field.Fragments, f => Assert.All(f.Highlights, h => Assert.Equal("tide", f.Text.Substring(h.Start, h.Length))));
    }

    [Fact]
    public void NoMatchNoField() => Assert.Null(new Highlighter(Parse("tide").PositiveTerms).Highlight("body", "Nothing here."));

    [Fact]
    public void APhraseIsHighlightedOnlyWhereItsWordsFollowOneAnother()
    {
        var highlighter = new Highlighter(Parse("\"military cooperation\" syria").PositiveTerms);
        var text = "The Central Military Commission met in Syria.\nThey discussed military, cooperation and trade; military cooperation grew.";

        var field = highlighter.Highlight("body", text)!;

        var matched = field.Fragments.SelectMany(f => f.Highlights.Select(h => f.Text.Substring(h.Start, h.Length))).ToList();
        // "military, cooperation" is the phrase to the search too: punctuation only separates words.
        Assert.Equal(["Syria", "military, cooperation", "military cooperation"], matched);
    }

    [Fact]
    public void APhraseAcrossParagraphsOrOnlyInPartIsNoHighlight()
    {
        var highlighter = new Highlighter(Parse("\"military cooperation\"").PositiveTerms);

        Assert.Null(highlighter.Highlight("headline", "Military talks in Damascus"));
        Assert.Null(highlighter.Highlight("body", "Closer military\ncooperation was discussed."));
    }

    [Fact]
    public void APrefixPhraseExtendsOnlyItsLastWord()
    {
        // Punctuation inside a word makes a phrase of its parts: "state-ow*" is "state" followed by a word starting "ow".
        var highlighter = new Highlighter(Parse("state-ow*").PositiveTerms);

        var field = highlighter.Highlight("body", "A state-owned firm, not the state's own, nor a statement owed.")!;

        Assert.Equal(["state-owned"], field.Fragments.SelectMany(f => f.Highlights.Select(h => f.Text.Substring(h.Start, h.Length))));
    }
}
