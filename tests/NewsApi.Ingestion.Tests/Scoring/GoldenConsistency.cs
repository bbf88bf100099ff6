namespace NewsApi.Ingestion.Tests.Scoring;

/// <summary>
/// Guards the yardstick itself: a golden file may only state what its document says, and every quote must be
/// spoken by a person the file lists, otherwise a perfect parser could never pass.
/// </summary>
public static class GoldenConsistency
{
    public static IReadOnlyList<string> Check(GoldenDocument golden, string documentText, string documentName)
    {
        ArgumentNullException.ThrowIfNull(golden);
        ArgumentNullException.ThrowIfNull(documentText);

        var problems = new List<string>();
        var text = TextComparison.Normalize(documentText);

        void MustOccur(string what, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && !text.Contains(TextComparison.Normalize(value), StringComparison.Ordinal))
            {
                problems.Add($"{what} \"{value}\" does not occur in {documentName}");
            }
        }

        if (golden.Document is not null && golden.Document != documentName)
        {
            problems.Add($"document is \"{golden.Document}\" but the file belongs to {documentName}");
        }

        MustOccur("headline", golden.Headline?.Value);
        MustOccur("standfirst", golden.Standfirst?.Value);
        MustOccur("section", golden.Section?.Value);
        MustOccur("lead", golden.Lead?.Value);
        MustOccur("dateline", golden.Dateline?.Value);
        MustOccur("source", golden.Source?.Value);
        foreach (var word in golden.HeadlineMustMention ?? [])
        {
            MustOccur("headlineMustMention", word);
        }
        foreach (var forbidden in golden.BodyMustNotContain ?? [])
        {
            MustOccur("bodyMustNotContain", forbidden);
        }
        foreach (var tag in golden.Tags ?? [])
        {
            MustOccur("tag", tag);
        }
        foreach (var image in golden.Images ?? [])
        {
            MustOccur("image caption", image.CaptionStartsWith);
            MustOccur("image credit", image.Credit);
        }
        foreach (var related in golden.Related ?? [])
        {
            MustOccur("related", related);
        }
        foreach (var contributor in golden.Contributors ?? [])
        {
            MustOccur("contributor", contributor.Name);
        }

        var people = (golden.People ?? []).Concat(golden.OptionalPeople ?? []).ToArray();
        foreach (var person in people)
        {
            MustOccur("person", person.Name);
            foreach (var alias in person.Aliases ?? [])
            {
                MustOccur($"alias of {person.Name}", alias);
            }
            MustOccur($"organization of {person.Name}", person.Organization);
        }

        var organizations = (golden.Organizations ?? []).Concat(golden.OptionalOrganizations ?? []).ToArray();
        foreach (var organization in organizations)
        {
            MustOccur("organization", organization.Name);
            foreach (var alias in organization.Aliases ?? [])
            {
                MustOccur($"alias of {organization.Name}", alias);
            }
            if (organization.Parent is not null && !organizations.Any(o => TextComparison.AreEqual(o.Name, organization.Parent)))
            {
                problems.Add($"parent \"{organization.Parent}\" of {organization.Name} is not listed as an organization");
            }
        }

        foreach (var place in (golden.Places ?? []).Concat(golden.OptionalPlaces ?? []))
        {
            MustOccur("place", place);
        }

        foreach (var quote in golden.Quotes ?? [])
        {
            MustOccur("quote", quote.TextStartsWith);
            if (!people.Any(p => TextComparison.AreEqual(p.Name, quote.Speaker)))
            {
                problems.Add($"quote \"{quote.TextStartsWith}\" is spoken by {quote.Speaker}, who is not listed among the people");
            }
        }
        foreach (var term in golden.NotQuotes ?? [])
        {
            MustOccur("notQuote", term);
        }

        AddDuplicates("people", people.Select(p => p.Name), problems);
        AddDuplicates("organizations", organizations.Select(o => o.Name), problems);
        AddDuplicates("places", (golden.Places ?? []).Concat(golden.OptionalPlaces ?? []), problems);
        return problems;
    }

    private static void AddDuplicates(string field, IEnumerable<string> names, List<string> problems)
    {
        foreach (var group in names.GroupBy(TextComparison.Normalize).Where(g => g.Count() > 1))
        {
            problems.Add($"{field}: \"{group.First()}\" is listed more than once");
        }
    }
}
