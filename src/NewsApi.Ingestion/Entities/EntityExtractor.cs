using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Entities;

/// <summary>People, organizations, places and attributed quotes of one article.</summary>
public static class EntityExtractor
{
    // Placeholder until the entity stage lands.
    public static EntityExtraction Extract(DocumentLayout layout) => new([], [], [], []);
}
