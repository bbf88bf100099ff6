namespace NewsApi.Ingestion.Entities.Gazetteer;

/// <summary>Other readings of a place name as written: "Reading" is also a word, "Florence" also a given name.</summary>
[Flags]
public enum NameAmbiguity
{
    None = 0,

    /// <summary>The name, lower-cased, is an ordinary English word ("Nice", "Split", "Of").</summary>
    CommonWord = 1,

    /// <summary>The name is also a given name or a family name ("Florence", "Paris").</summary>
    PersonName = 2,
}
