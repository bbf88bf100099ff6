using System.Globalization;
using System.Text;

namespace NewsApi.DocumentGenerator;

/// <summary>
/// Raw news-wire documents in the shapes of the seed folder: headline, byline, date line, photo caption with credit, a dateline
/// lead, people with titles and affiliations, organizations with acronyms, quotes with attribution, related headlines and a tag line.
/// Names of people and organizations are made from syllables so that no real or sample name appears; places and topics are
/// generic vocabulary. The same seed always gives the same documents.
/// </summary>
internal sealed class WireDocumentGenerator(int seed)
{
    private static readonly string[] Syllables =
    [
        "ka", "lo", "ven", "mar", "dri", "sel", "tor", "ami", "bre", "cos", "dun", "ela", "fen", "gal", "hiro", "ist",
        "jor", "kel", "lum", "mir", "nov", "ors", "pal", "quen", "ras", "sor", "tev", "ul", "vak", "wen", "yar", "zol",
    ];

    // Common given names from public name lists; the surnames are invented, so the people are too.
    private static readonly string[] GivenNames =
    [
        "Anna", "Peter", "Maria", "Thomas", "Elena", "Daniel", "Laura", "Martin", "Clara", "Paul", "Nina", "Victor",
        "Irene", "Oscar", "Julia", "Samuel", "Helena", "Adrian", "Rosa", "Felix", "Olga", "Simon", "Teresa", "Andrew",
    ];

    private static readonly string[] Titles =
    [
        "the finance minister", "a senior analyst", "the chief executive", "a spokesperson", "the mayor", "the director",
        "a professor of economics", "the head of research", "a senior economist", "the chairwoman",
    ];

    private static readonly string[] OrganizationHeads =
    [
        "Institute", "Federation", "Bank", "Group", "Council", "Foundation", "University", "Authority", "Union", "Holdings",
    ];

    private static readonly (string City, string Country)[] Places =
    [
        ("LISBON", "Portugal"), ("NAIROBI", "Kenya"), ("SANTIAGO", "Chile"), ("OSLO", "Norway"), ("HANOI", "Vietnam"),
        ("LIMA", "Peru"), ("ACCRA", "Ghana"), ("MANILA", "Philippines"), ("WARSAW", "Poland"), ("CAIRO", "Egypt"),
        ("SEOUL", "South Korea"), ("QUITO", "Ecuador"), ("DAKAR", "Senegal"), ("HELSINKI", "Finland"), ("BOGOTA", "Colombia"),
        ("TBILISI", "Georgia"), ("ATHENS", "Greece"), ("JAKARTA", "Indonesia"), ("MONTEVIDEO", "Uruguay"), ("RIGA", "Latvia"),
    ];

    private static readonly string[] Topics =
    [
        "economy", "energy", "housing", "transport", "health", "education", "climate", "agriculture", "trade", "labour",
        "technology", "tourism", "water", "elections", "courts", "fisheries", "mining", "shipping", "banking", "culture",
        "science", "space", "defence", "migration", "wildlife", "forestry", "rail", "aviation", "pensions", "taxes",
        "inflation", "drought", "floods", "ports", "startups", "universities", "hospitals", "wages", "markets", "diplomacy",
    ];

    private static readonly string[] Subjects =
    [
        "the harbour authority", "local farmers", "the regional government", "city officials", "union leaders", "shop owners",
        "small exporters", "the central bank", "hospital staff", "students", "commuters", "fishing crews", "investors", "residents",
    ];

    private static readonly string[] Verbs =
    [
        "warned about", "welcomed", "criticised", "questioned", "praised", "delayed", "approved", "rejected", "studied", "announced",
    ];

    private static readonly string[] Objects =
    [
        "a new budget for the coming year", "the plan to expand the harbour", "rising costs for households", "the delayed rail link",
        "a long dispute over water rights", "higher fees for permits", "a programme of public works", "the reform of pensions",
        "the closure of two clinics", "a shortage of skilled workers", "the price of electricity", "a fund for small firms",
    ];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly Random _random = new(seed);

    public string Next(int index)
    {
        var (city, country) = Pick(Places);
        var topics = Topics.OrderBy(_ => _random.Next()).Take(4).ToList();
        var people = Enumerable.Range(0, 3).Select(_ => $"{Pick(GivenNames)} {Surname()}").ToList();
        var organizations = Enumerable.Range(0, 2).Select(_ => $"{Capitalized(Word(2))} {Pick(OrganizationHeads)}").ToList();
        var acronym = string.Concat(organizations[0].Split(' ').Select(w => w[0]));
        var published = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc)
            .AddMinutes(_random.Next(0, 60 * 24 * 365 * 11));
        var cityName = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(city.ToLowerInvariant());
        var topic = topics[0];

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{cityName} {Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} as {topic} worries grow").Append("\n\n");
        var author = $"{Pick(GivenNames)} {Surname()}";
        text.Append(CultureInfo.InvariantCulture, $"By {author.ToUpperInvariant()}").Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"Updated {Hour(published)} GMT, {Months[published.Month - 1]} {published.Day}, {published.Year}").Append("\n\n");
        text.Append("Share\nCopy Link\ncopied\n\n");
        var photographer = $"{Pick(GivenNames)} {Surname()}";
        text.Append(CultureInfo.InvariantCulture, $"People walk past the offices of the {organizations[1]} in {cityName}, {country}, on {published:dddd}, {Months[published.Month - 1]} {published.Day}, {published.Year}. (AP Photo/{photographer})").Append("\n\n");

        text.Append(CultureInfo.InvariantCulture, $"{city}, {country} (AP) — {Capitalized(Pick(Subjects))} {Pick(Verbs)} {Pick(Objects)} on {published:dddd}, in a debate about {topic} and {topics[1]} that has divided {cityName} for months.").Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{people[0]}, {Pick(Titles)} of the {organizations[0]} ({acronym}), said the decision would shape {topics[2]} policy for years.").Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"\"{Sentence()} {Clause()}\" {Last(people[0])} said.").Append("\n\n");
        text.Append(Paragraph(4)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{people[1]}, {Pick(Titles)} at the {organizations[1]}, disagreed. \"{Sentence()} {Clause()}\" {Last(people[1])} told The Associated Press.").Append("\n\n");
        text.Append(Paragraph(5)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"The {acronym} said in a statement that it would publish a full report on {topics[3]} before the end of the year.").Append("\n\n");
        text.Append(Paragraph(4)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"\"{Clause()}\" said {people[2]}, a resident who has followed the debate since it began.").Append("\n\n");
        text.Append(Paragraph(5)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Associated Press writer {Pick(GivenNames)} {Surname()} in {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Pick(Places).City.ToLowerInvariant())} contributed to this report.").Append("\n\n");

        text.Append("Related\n");
        for (var related = 0; related < 4; related++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {Capitalized(Pick(Subjects))} {Pick(Verbs)} {Pick(Objects)} in {cityName}").Append('\n');
        }
        text.Append(CultureInfo.InvariantCulture, $"\nTopics: {string.Join(", ", topics)}, {country}").Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"\nCopyright {published.Year} The Associated Press. All Rights Reserved.").Append('\n');
        return text.ToString();
    }

    private string Paragraph(int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence()));

    private string Sentence()
    {
        var number = _random.Next(2, 90);
        return _random.Next(3) switch
        {
            0 => $"{Capitalized(Pick(Subjects))} {Pick(Verbs)} {Pick(Objects)}, and {Pick(Subjects)} expect {number} percent more {Pick(Topics)} spending.",
            1 => $"Over the past {number} months, {Pick(Subjects)} have {Pick(Verbs)} {Pick(Objects)} while {Pick(Topics)} stayed on the agenda.",
            _ => $"Figures published this week show that {Pick(Objects)} could cost {number} million dollars, more than {Pick(Subjects)} had planned.",
        };
    }

    /// <summary>A sentence that ends with a comma, as the last sentence of a quote before "she said" does.</summary>
    private string Clause() => Sentence()[..^1] + ",";

    private string Surname() => Capitalized(Word(_random.Next(2, 4)));

    private string Word(int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(_ => Pick(Syllables)));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Last(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private static string Capitalized(string value) => char.ToUpperInvariant(value[0]) + value[1..];

    private static string Hour(DateTime time) => time.ToString("h:mm tt", CultureInfo.InvariantCulture);
}
