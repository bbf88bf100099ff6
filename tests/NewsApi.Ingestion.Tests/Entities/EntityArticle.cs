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

    public static QuoteDraft Quote(this EntityExtraction extraction, string textPart) =>
        Assert.Single(extraction.Quotes, quote => quote.Text.Contains(textPart, StringComparison.Ordinal));
}
