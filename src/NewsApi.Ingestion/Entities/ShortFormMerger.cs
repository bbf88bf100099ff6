using NewsApi.Ingestion.Entities.Lexicon;

namespace NewsApi.Ingestion.Entities;

/// <summary>
/// A standfirst or a headline may call an organization by its short form ("Brennwald", "ODPA") before the body names it in
/// full ("Brennwald Optik GmbH", "Office for Digital Privacy Affairs (ODPA)"). Read in that order, the short form
/// became an organization of its own; once the article is read, it is folded into the full name, as it would have been read
/// after it.
/// </summary>
internal static class ShortFormMerger
{
    public static void Merge(List<OrganizationRecord> organizations, List<PersonRecord> people, IEntityKnowledge knowledge)
    {
        for (var i = organizations.Count - 1; i >= 0; i--)
        {
            var shortForm = organizations[i];
            var full = organizations.FirstOrDefault(candidate => !ReferenceEquals(candidate, shortForm) && IsShortFormOf(shortForm.Name, candidate, knowledge))
                ?? HolderOfHeadWord(shortForm, organizations);
            if (full is null)
            {
                continue;
            }
            full.Mentions += shortForm.Mentions;
            full.AddAlias(shortForm.Name);
            foreach (var alias in shortForm.Aliases)
            {
                full.AddAlias(alias);
            }
            full.Kind ??= shortForm.Kind;
            full.Parent ??= shortForm.Parent;
            foreach (var person in people.Where(person => person.Organization == shortForm.Name))
            {
                person.Organization = full.Name;
            }
            foreach (var child in organizations.Where(child => child.Parent == shortForm.Name))
            {
                child.Parent = full.Name;
            }
            organizations.RemoveAt(i);
        }
        DropBareHeadWords(organizations, people);
    }

    /// <summary>
    /// "Committee chair X", "the Alliance" cut from "Alliance citoyenne de Québec": a head word alone that no name of the article
    /// holds is a reference the article never resolves, or a name cut short, not a name. A body one word names in full
    /// ("Parliament", "the Senate", "Police") stays.
    /// </summary>
    private static void DropBareHeadWords(List<OrganizationRecord> organizations, List<PersonRecord> people)
    {
        for (var i = organizations.Count - 1; i >= 0; i--)
        {
            var name = organizations[i].Name;
            if (name.Contains(' ', StringComparison.Ordinal) || !OrganizationWords.IsHeadWord(name) || InstitutionsByOneWord.Contains(name) || OrganizationWords.IsOneWordBank(name)
                || organizations[i].Aliases.Count > 0)
            {
                continue;
            }
            foreach (var person in people.Where(person => person.Organization == name))
            {
                person.Organization = null;
            }
            organizations.RemoveAt(i);
        }
    }

    private static readonly HashSet<string> InstitutionsByOneWord = new(StringComparer.Ordinal)
    {
        "Parliament", "Assembly", "Congress", "Senate", "Cabinet", "Government", "Administration", "Army", "Navy", "Commission",
        "Police", "Newsroom", "Desk", "Guard", "Forces", "Treasury",
    };

    /// <summary>
    /// "Council President X" before or after "Duluth City Council", "Board papers say" before "NHS West Riding Integrated Care
    /// Board": a head word alone is the one organization of the article whose name holds it; with two such names it is none
    /// of them for sure, and stays as read.
    /// </summary>
    private static OrganizationRecord? HolderOfHeadWord(OrganizationRecord bare, List<OrganizationRecord> organizations)
    {
        if (bare.Name.Contains(' ', StringComparison.Ordinal) || !OrganizationWords.IsHeadWord(bare.Name))
        {
            return null;
        }
        OrganizationRecord? holder = null;
        foreach (var candidate in organizations)
        {
            if (ReferenceEquals(candidate, bare) || !HoldsWord(candidate.Name, bare.Name))
            {
                continue;
            }
            if (holder is not null)
            {
                return null;
            }
            holder = candidate;
        }
        return holder;
    }

    private static bool HoldsWord(string name, string word)
    {
        foreach (var part in name.Split(' '))
        {
            if (part.Equals(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // The same tests the registry applies to a short form read after the full name: an acronym the full name defined, or a
    // first word of its own (not a common word, a place, a people or a given name: "National", "Kenya", "Morgan" are not).
    private static bool IsShortFormOf(string name, OrganizationRecord full, IEntityKnowledge knowledge)
    {
        if (full.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase) && !full.Name.Equals(name, StringComparison.Ordinal))
        {
            return true;
        }
        return !name.Contains(' ', StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[0])
            && full.Name.StartsWith(name + " ", StringComparison.Ordinal)
            && !knowledge.IsCommonWord(name.ToLowerInvariant()) && !knowledge.IsDemonym(name) && !knowledge.TryFindPlace(name, out _, out _)
            && !knowledge.IsGivenName(name) && !OrganizationWords.IsHeadWord(name);
    }
}
