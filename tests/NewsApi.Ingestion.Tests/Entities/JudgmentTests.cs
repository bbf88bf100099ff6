namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Judges as court reports name them, and what they rule; every name is invented.</summary>
public sealed class JudgmentTests
{
    private const string Report = """
        Pre-pack sale upheld

        In a judgment handed down in London on Thursday, Mr Justice Idris Penhallow ruled that the administrators had acted "properly and within the bounds of their commercial judgment" when they agreed the sale.

        Tomas Varnell KC, for the administrators, said any delay would have meant closing every store and making all 1,900 staff redundant.

        Penhallow J agreed. "Administrators do not have the luxury of an orderly auction when the tills are empty," the judge wrote.
        """;

    [Fact]
    public void AJudgesSurnameWithTheLetterJIsTheJudge()
    {
        var draft = NewsDocumentParser.Parse(Report);

        var judge = Assert.Single(draft.People, p => p.Name.Contains("Penhallow", StringComparison.Ordinal));
        Assert.Equal("Idris Penhallow", judge.Name);
    }

    [Fact]
    public void WhatAJudgeRuledAndWroteIsTheJudgesQuote()
    {
        var draft = NewsDocumentParser.Parse(Report);

        Assert.Equal("Idris Penhallow", Assert.Single(draft.Quotes, q => q.Text.StartsWith("properly", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Idris Penhallow", Assert.Single(draft.Quotes, q => q.Text.StartsWith("Administrators", StringComparison.Ordinal)).Speaker);
    }
}
