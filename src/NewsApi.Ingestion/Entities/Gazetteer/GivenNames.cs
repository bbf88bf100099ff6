namespace NewsApi.Ingestion.Entities.Gazetteer;

/// <summary>Given names from a public list: one signal among several that a capitalized pair is a person.</summary>
public static class GivenNames
{
    private static readonly NameList Names = new("given-names.txt", StringComparer.Ordinal);

    /// <summary>Case-sensitive, as written: "Anna" is a given name, "anna" is not.</summary>
    public static bool Contains(string name) => Names.Contains(name);

    /// <summary>
    /// Also as wire copy and older sites write names, without their accents: "Frantisek" for "František", "Soren" for
    /// "Søren"; and the other way, a name the list holds only without its accents ("Rónán", "Séamus" for "Ronan", "Seamus").
    /// For the rules; the trained tagger keeps the feature it was trained with (<see cref="Contains"/>).
    /// </summary>
    public static bool ContainsWithOrWithoutAccents(string name) =>
        Names.Contains(name) || Names.ContainsAccentFree(name) || HasWesternAccentsOnly(name) && Names.Contains(NameList.WithoutAccents(name));

    // Vietnamese and Yoruba marks ("Vạn", "Ẹ") fold into English names ("Van") that they are not; Latin-1's accents do not.
    private static bool HasWesternAccentsOnly(string name) =>
        !System.Text.Ascii.IsValid(name) && !name.AsSpan().ContainsAnyExceptInRange('\u0000', '\u00FF');
}

/// <summary>Family names from a public list: a weaker signal than a given name, since many are also words or places.</summary>
public static class FamilyNames
{
    private static readonly NameList Names = new("family-names.txt", StringComparer.Ordinal);

    /// <summary>Case-sensitive, as written.</summary>
    public static bool Contains(string name) => Names.Contains(name);
}

/// <summary>Ordinary lower-case English words, to tell "Reading" the town from "Reading" at the start of a sentence.</summary>
public static class CommonWords
{
    private static readonly NameList Words = new("common-words.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Case-insensitive: "Nice" and "nice" are both the word "nice".</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
