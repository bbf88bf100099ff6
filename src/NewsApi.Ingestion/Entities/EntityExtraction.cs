namespace NewsApi.Ingestion.Entities;

public sealed record EntityExtraction(
    IReadOnlyList<PersonDraft> People,
    IReadOnlyList<OrganizationDraft> Organizations,
    IReadOnlyList<string> Places,
    IReadOnlyList<QuoteDraft> Quotes);
