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
            var full = organizations.FirstOrDefault(candidate => !ReferenceEquals(candidate, shortForm) && IsShortFormOf(shortForm.Name, candidate, knowledge));
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
