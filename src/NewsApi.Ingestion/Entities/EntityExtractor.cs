using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Entities.Lexicon;

namespace NewsApi.Ingestion.Entities;

/// <summary>People, organizations, places and attributed quotes of one article.</summary>
public static class EntityExtractor
{
    /// <summary>Off, the scan uses its rules alone: for measuring what the trained tagger adds (bench/NewsApi.EntityBenchmark).</summary>
    internal static bool UseNameTagger { get; set; } = true;

    public static EntityExtraction Extract(DocumentLayout layout) =>
        Extract(layout, GazetteerKnowledge.Instance, UseNameTagger ? NameTagger.Default : null);

    internal static EntityExtraction Extract(DocumentLayout layout, IEntityKnowledge knowledge, NameTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var units = new List<TextUnit>();
        if (!string.IsNullOrWhiteSpace(layout.Standfirst))
        {
            units.Add(new TextUnit(units.Count, TextZone.Standfirst, layout.Standfirst, knowledge));
        }
        foreach (var paragraph in layout.Body)
        {
            if (!string.IsNullOrWhiteSpace(paragraph))
            {
                units.Add(new TextUnit(units.Count, TextZone.Body, paragraph, knowledge));
            }
        }
        foreach (var image in layout.Images)
        {
            if (!string.IsNullOrWhiteSpace(image.Caption))
            {
                units.Add(new TextUnit(units.Count, TextZone.Caption, image.Caption, knowledge));
            }
        }

        var scanner = new ArticleScanner(knowledge, tagger);
        scanner.NoteDefinitions(units);
        foreach (var unit in units)
        {
            scanner.Scan(unit);
        }
        // A derived headline repeats the lead; a printed one capitalizes every word, so it is read last and for places only.
        if (!layout.HeadlineDerived && !string.IsNullOrWhiteSpace(layout.Headline))
        {
            scanner.Scan(new TextUnit(units.Count, TextZone.Headline, layout.Headline));
        }
        var datelinePlace = string.IsNullOrWhiteSpace(layout.DatelinePlace) ? layout.Dateline : layout.DatelinePlace;
        if (!string.IsNullOrWhiteSpace(datelinePlace))
        {
            scanner.AddDatelinePlace(datelinePlace);
        }
        foreach (var place in layout.CreditPlaces)
        {
            scanner.AddCreditPlace(place);
        }
        scanner.AddTaggedDemonymPlaces(layout.Tags);

        var quotes = new QuoteAttributor(scanner).Attribute(units, layout.Byline.Select(author => author.Name).ToArray());
        scanner.AssignArticleCompany();

        foreach (var author in layout.Byline)
        {
            scanner.RegisterExternalPerson(author.Name, PersonRole.Byline, author.Title);
        }
        foreach (var contributor in layout.Contributors)
        {
            scanner.RegisterExternalPerson(contributor.Name, PersonRole.Contributor, null);
        }
        foreach (var image in layout.Images)
        {
            AddPhotographers(scanner, image.Credit);
        }

        scanner.MergeShortForms();

        // Affiliations and parents were recorded by the key name; the article's own form of the name is what the drafts show.
        var written = scanner.Organizations.Where(o => o.WrittenName is not null).ToDictionary(o => o.Name, o => o.DisplayName, StringComparer.Ordinal);
        string? Written(string? name) => name is not null && written.TryGetValue(name, out var full) ? full : name;
        var people = scanner.People.Select(person => person.ToDraft()).ToArray();
        var personNames = scanner.People.Select(person => person.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var organizations = scanner.Organizations
            .Where(organization => !IsCompetition(organization.Name))
            .Select(organization => organization.ToDraft())
            .Where(organization => !NamesAPerson(organization.Name, personNames))
            .ToArray();
        if (written.Count > 0)
        {
            people = people.Select(person => person with { Organization = Written(person.Organization) }).ToArray();
            organizations = organizations.Select(organization => organization with { Parent = Written(organization.Parent) }).ToArray();
        }

        return new EntityExtraction(
            people,
            organizations,
            PlacesNotNamingPeople(scanner, knowledge),
            quotes);
    }

    /// <summary>
    /// "Firmansyah and Siahaan went through" before a results table names "Rizky Firmansyah": a surname read before its
    /// bearer's full name may look like a place to the words around it. Once the whole article is read, a place no gazetteer
    /// knows that is a person's name, or one word of it, is that person. On the blind sets this mends more names than it
    /// loses places whose own name was taken for a person.
    /// </summary>
    private static string[] PlacesNotNamingPeople(ArticleScanner scanner, IEntityKnowledge knowledge)
    {
        var namesAndWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in scanner.People)
        {
            namesAndWords.Add(person.Name);
            var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1)
            {
                namesAndWords.UnionWith(words);
            }
        }
        return scanner.Places.Where(place => !namesAndWords.Contains(place) || knowledge.TryFindPlace(place, out _, out _)).ToArray();
    }

    /// <summary>
    /// "She talks to Matthias Roe about rankings" under "By Matthias Roe": words around a name can make the tagger call it an
    /// organization, though the article names that person ("Professor Roe" too, the honorific a title). With no head word or
    /// company word to say otherwise, a name the article's people already hold is theirs.
    /// </summary>
    internal static bool NamesAPerson(string organization, HashSet<string> personNames)
    {
        var words = organization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || Array.Exists(words, word => OrganizationWords.IsFirmWord(word) || OrganizationWords.IsFirmWord(word.TrimEnd('.'))))
        {
            return false;
        }
        if (personNames.Contains(organization))
        {
            return true;
        }
        if (!Honorifics.IsHonorific(words[0].TrimEnd('.')))
        {
            return false;
        }
        var titled = organization[(words[0].Length + 1)..];
        foreach (var person in personNames)
        {
            if (person.EndsWith(titled, StringComparison.OrdinalIgnoreCase) && (person.Length == titled.Length || person[^(titled.Length + 1)] == ' '))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Rules and the tagger read "the Asian Cup" like a name of an organization; a competition, a holiday ("Bastille Day") or
    /// an event's week ("Milan Fashion Week") is held rather than run, and no organization of the article.
    /// </summary>
    private static bool IsCompetition(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && (WordClasses.IsCompetitionWord(name[(space + 1)..]) || name.AsSpan(space + 1) is "Day" or "Week");
    }

    /// <summary>"Reuters", "AP Photo", "AFP via Getty Images": a credit segment naming a wire service.</summary>
    private static bool IsAgencyCredit(string segment)
    {
        if (NewsAgencies.IsAgency(segment))
        {
            return true;
        }
        var space = segment.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && NewsAgencies.IsAgency(segment[..space]);
    }

    /// <summary>"REUTERS / Jane Roe/Royal Palace": the person's name beside the agency is the photographer.</summary>
    private static void AddPhotographers(ArticleScanner scanner, string? credit)
    {
        if (string.IsNullOrWhiteSpace(credit))
        {
            return;
        }
        var segments = credit.Split(['/', '|', ';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(segment => segment.TrimStart('\u00A9', ' '))
            .Where(segment => segment.Length > 0)
            .ToArray();
        for (var i = 0; i < segments.Length; i++)
        {
            var besideAgency = (i > 0 && IsAgencyCredit(segments[i - 1])) || (i + 1 < segments.Length && IsAgencyCredit(segments[i + 1]));
            if (scanner.IsPersonLikeCredit(segments[i], besideAgency))
            {
                scanner.RegisterExternalPerson(segments[i], PersonRole.Photographer, "photographer");
            }
        }
    }
}
