using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>
/// Reads the text units of one article in order and finds people, organizations and places in runs of capitalized words,
/// using the words around each run (titles, appositions, reporting verbs, context nouns) rather than any list of names.
/// </summary>
internal sealed partial class ArticleScanner(IEntityKnowledge knowledge, NameTagger? tagger = null)
{
    // A run longer than this is not one name; it is only searched for places.
    private const int MaxNameTokens = 12;
    private const int MaxPersonTokens = 5;

    private enum EntityKind : byte
    {
        None,
        Person,
        Organization,
        Place,
    }

    private readonly Dictionary<string, int> personByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> personByPart = new(StringComparer.OrdinalIgnoreCase);

    // Later mentions by more than one word of the name: "Costa Ribeiro", "van der Berg".
    private readonly Dictionary<string, int> personBySuffix = new(StringComparer.OrdinalIgnoreCase);

    // Short forms of organizations by their first word: "Kawabata" for "Kawabata Holdings".
    private readonly Dictionary<string, int> organizationByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> organizationByLastWord = new(StringComparer.Ordinal);
    private int possessiveParent = -1;
    private int possessiveParentAt = -1;
    private readonly Dictionary<string, int> organizationByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> placeSet = new(StringComparer.OrdinalIgnoreCase);

    // Countries named only by their adjective ("a Romanian generator") in the article's own text.
    private readonly HashSet<string> demonymPlaces = new(StringComparer.OrdinalIgnoreCase);

    private TextUnit unit = null!;
    private Token[] tokens = [];
    private int lastOrganization = -1;
    private readonly List<int> organizationRecency = [];
    private EntityKind lastKind;
    private int lastIndex = -1;
    private int lastEnd = -1;
    private int skipUntil = -1;
    private int pendingParentChild = -1;
    private int pendingParentAt = -1;
    private int pendingAffiliationPerson = -1;
    private int pendingAffiliationAt = -1;

    public List<PersonRecord> People { get; } = [];
    public List<OrganizationRecord> Organizations { get; } = [];
    public List<string> Places { get; } = [];

    /// <summary>Every person mention in body and standfirst, in reading order: the antecedents for "he", "she" and "the expert".</summary>
    public List<EntityMention> NarrativeMentions { get; } = [];

    public void Scan(TextUnit textUnit)
    {
        unit = textUnit;
        tokens = textUnit.Tokens;
        skipUntil = -1;
        lastKind = EntityKind.None;
        lastEnd = -1;
        pendingParentChild = -1;
        pendingParentAt = -1;
        pendingAffiliationPerson = -1;
        pendingAffiliationAt = -1;

        if (textUnit.Zone == TextZone.Headline)
        {
            ScanHeadline();
            return;
        }
        NoteDemonyms();
        TagNames();

        var i = 0;
        while (i < tokens.Length)
        {
            if (!IsNameToken(i))
            {
                i++;
                continue;
            }
            var end = RunEnd(i);
            AnalyzeRun(i, end);
            // The "(ABC)" that defines an acronym is not another mention.
            i = Math.Max(end, skipUntil);
        }
    }

    /// <summary>A place from the dateline ("COPENHAGEN"), written in capitals there.</summary>
    public void AddDatelinePlace(string dateline)
    {
        foreach (var part in dateline.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 4)
            {
                continue;
            }
            var titled = string.Join(' ', words.Select(word =>
                word.Length <= 1 || !word.All(char.IsUpper) ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));
            if (knowledge.TryFindPlace(titled, out var place, out _))
            {
                AddPlace(titled, place.Name);
            }
        }
    }

    public bool IsDemonym(string word) => knowledge.IsDemonym(word);

    /// <summary>
    /// A country the page tags and the text names by its adjective ("Romanian" with a "Romania" tag) is a place of the article;
    /// the adjective alone is not, since "Danish" may describe a ship or a person far from Denmark.
    /// </summary>
    public void AddTaggedDemonymPlaces(IReadOnlyList<string> tags)
    {
        if (demonymPlaces.Count == 0)
        {
            return;
        }
        foreach (var tag in tags)
        {
            if (knowledge.TryFindPlace(tag, out var place, out _) && place.Kind == PlaceKind.Country && demonymPlaces.Contains(place.Name))
            {
                AddPlace(tag, place.Name);
            }
        }
    }

    private void NoteDemonyms()
    {
        foreach (var token in tokens)
        {
            if (token.IsCapitalizedWord && knowledge.TryFindDemonym(token.Text, out var place) && place.Kind == PlaceKind.Country)
            {
                demonymPlaces.Add(place.Name);
            }
        }
    }

    public int RegisterExternalPerson(string name, PersonRole role, string? title)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            return -1;
        }
        if (!personByName.TryGetValue(name, out var index))
        {
            index = People.Count;
            People.Add(new PersonRecord(name));
            personByName[name] = index;
        }
        var person = People[index];
        person.AddRole(role);
        person.OfferTitle(title, honorific: false);
        person.Mentions++;
        return index;
    }

    public bool IsPersonLikeCredit(string segment, bool besideAgency)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || word.Any(char.IsDigit) || IsReservedWord(word) || CreditNoise(word))
            {
                return false;
            }
        }
        if (NewsAgencies.IsAgency(segment) || knowledge.TryFindPlace(segment, out _, out _) || organizationByName.ContainsKey(segment))
        {
            return false;
        }
        return besideAgency || knowledge.IsGivenName(words[0]);
    }

    /// <summary>People whose corporate title names no company work for the company the article is about.</summary>
    public void AssignArticleCompany()
    {
        foreach (var person in People)
        {
            if (person.Organization is not null || person.Title is null || person.TitleIsHonorific || !TitleWords.IsCorporate(person.Title))
            {
                continue;
            }
            // The company named last before the person: "the company" of the sentence that introduces them.
            for (var i = Math.Min(person.OrganizationsSeenAtFirstMention, organizationRecency.Count) - 1; i >= 0; i--)
            {
                var candidate = Organizations[organizationRecency[i]];
                if (candidate.Kind == "company")
                {
                    person.Organization = candidate.Name;
                    break;
                }
            }
        }
    }
}
