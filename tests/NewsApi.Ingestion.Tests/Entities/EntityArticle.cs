using NewsApi.Ingestion.Entities;
using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Builds layouts by hand and extracts their entities against <see cref="TestKnowledge"/>.</summary>
internal static class EntityArticle
{
    public static EntityExtraction FromBody(params string[] paragraphs) => Extract(new DocumentLayout
    {
        Headline = "",
        HeadlineDerived = true,
        Body = paragraphs,
    });

    public static EntityExtraction Extract(DocumentLayout layout) => EntityExtractor.Extract(layout, TestKnowledge.Instance);

    public static PersonDraft Person(this EntityExtraction extraction, string name) =>
        Assert.Single(extraction.People, person => person.Name == name);

    public static OrganizationDraft Organization(this EntityExtraction extraction, string name) =>
        Assert.Single(extraction.Organizations, organization => organization.Name == name);

    /// <summary>One sentence as the body of a short story, through the whole parser.</summary>
    public static ArticleDraft ParseSentence(string sentence, string headline = "News in brief") =>
        NewsDocumentParser.Parse($"{headline}\n\n{sentence}\n");

    /// <summary>The name is among the story's organizations and is no person's name.</summary>
    public static void AssertOrganizationNotPerson(this ArticleDraft draft, string organization)
    {
        Assert.Contains(draft.Organizations, o => o.Name == organization);
        Assert.DoesNotContain(draft.People, p => p.Name == organization);
    }

    public static QuoteDraft Quote(this EntityExtraction extraction, string textPart) =>
        Assert.Single(extraction.Quotes, quote => quote.Text.Contains(textPart, StringComparison.Ordinal));
}
