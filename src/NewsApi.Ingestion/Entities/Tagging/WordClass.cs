namespace NewsApi.Ingestion.Entities.Tagging;

/// <summary>What the project's word lists say of a token; one tagger feature per flag. The numbers are part of the model file.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    GivenName = 1 << 0,
    FamilyName = 1 << 1,
    Place = 1 << 2,
    Country = 1 << 3,
    CommonWord = 1 << 4,
    Honorific = 1 << 5,
    TitleWord = 1 << 6,
    OrganizationHead = 1 << 7,
    CompanySuffix = 1 << 8,
    Demonym = 1 << 9,
    NewsAgency = 1 << 10,
    Calendar = 1 << 11,
    ReportingVerb = 1 << 12,
    NameParticle = 1 << 13,
    OrganizationContext = 1 << 14,
    PlaceRunStart = 1 << 15,
    PlaceRunInside = 1 << 16,
}
