using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>
/// Where a name runs on past a comma or stops before a connector: a ministry named by the list of its portfolios
/// ("Ministry of Agriculture, Livestock and Fisheries"), a company after its legal form; and the last words no person's name
/// ends in (a street's, a paper's, a country's).
/// </summary>
internal sealed partial class TokenStream
{
    // One portfolio is a word or two ("Social Welfare"); a list longer than this is a sentence's list of things.
    private const int MaxPortfolioWords = 2;
    private const int MaxPortfolios = 5;

    /// <summary>Whether the run [start, end) is a ministry or a department "of" something, whose name may list more.</summary>
    private bool IsPortfolioHead(int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (Tokens[i].Text is "Ministry" or "Department" or "Ministerio" or "Ministère" && Tokens[i + 1].Text is "of" or "for" or "de" or "du" or "des"
                || IsFieldsHead(i) && Tokens[i + 1].Text == "of")
            {
                return true;
            }
        }
        return false;
    }

    // "Faculty of Economics, Business and Tourism", "Trade Union of Miners, Geologists and Oil Industry Workers": a faculty or
    // a union is named by the fields or the trades it gathers, listed as a ministry's portfolios are.
    private bool IsFieldsHead(int i) => Tokens[i].Text is "Faculty" or "School" or "College" or "Union";

    private const int MaxTradeWords = 3;

    private bool IsFieldsListAt(int comma)
    {
        for (var i = comma - 2; i >= 0 && (Tokens[i].IsCapitalizedWord || Tokens[i].Text == "of"); i--)
        {
            if (IsFieldsHead(i) && Tokens[i + 1].Text == "of")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The end of ", Livestock and Fisheries" after the comma at <paramref name="comma"/>: portfolios of one or two capitalized
    /// words, separated by commas, the last after "and"; 0 when the words after the comma are not such a list.
    /// </summary>
    private int PortfolioListEnd(int comma, bool inQuote)
    {
        // A trade's name is longer than a portfolio's ("Oil Industry Workers"); it ends the list, so a third word is taken there.
        var fields = IsFieldsListAt(comma);
        var lastWords = fields ? MaxTradeWords : MaxPortfolioWords;
        var k = comma;
        for (var portfolios = 0; portfolios < MaxPortfolios; portfolios++)
        {
            var last = Tokens[k].IsWord && IsPortfolioConnector(Tokens[k].Text);
            var words = 0;
            k++;
            for (var articles = 0; articles < MaxPortfolioArticles && k + 1 < Tokens.Length && IsPortfolioArticle(Tokens[k].Text); articles++)
            {
                // "Climate Change, Energy, the Environment and Water": a portfolio may keep its article.
                k++;
            }
            // "the College of Law, Sydney and Perth": a field or a trade is no place and no person.
            while (k < Tokens.Length && words < (last ? lastWords : MaxPortfolioWords) && Tokens[k].IsCapitalizedWord
                && !(fields && (knowledge.TryFindPlace(Tokens[k].Text, out _, out _) || knowledge.IsGivenName(Tokens[k].Text))) && Tokens[k].Is(TokenFlags.InQuote) == inQuote && !Tokens[k].Is(TokenFlags.Possessive))
            {
                k++;
                words++;
            }
            if (words == 0 || k < Tokens.Length && IsNameToken(k))
            {
                return 0;
            }
            if (last)
            {
                return k;
            }
            if (k >= Tokens.Length || !(Tokens[k].IsPunctuation(',') || Tokens[k].IsLowerWord && IsPortfolioConnector(Tokens[k].Text)))
            {
                return 0;
            }
        }
        return 0;
    }

    // "Ministerio de las Culturas, las Artes y el Patrimonio", "Ministère du Commerce, de la Pêche et des Forêts".
    private static bool IsPortfolioConnector(string word) => word is "and" or "y" or "e" or "et" or "und";

    // A portfolio keeps its article and its "of" in the languages that write them: "the Environment", "de la Pêche", "des Forêts".
    private const int MaxPortfolioArticles = 2;

    private static bool IsPortfolioArticle(string word) =>
        word is "the" or "el" or "la" or "los" or "las" or "le" or "les" or "de" or "du" or "des" or "del";

    /// <summary>"Lumen Optyka sp. z o.o.", "Odra Ventures ASI sp. z o.o.": Poland's limited company, its form in lower case over four tokens; 0 when none starts at <paramref name="j"/>.</summary>
    internal int PolishLimitedFormEnd(int j)
    {
        if (!Tokens[j].Text.StartsWith("sp", StringComparison.OrdinalIgnoreCase) || Tokens[j].Text.Length > 3)
        {
            return 0;
        }
        var text = Unit.Text;
        var match = PolishLimitedForm().Match(text, Tokens[j].Start, Math.Min(text.Length - Tokens[j].Start, MaxPolishFormLength));
        if (!match.Success || match.Index != Tokens[j].Start)
        {
            return 0;
        }
        var formEnd = match.Index + match.Length;
        var k = j;
        while (k < Tokens.Length && Tokens[k].Start < formEnd)
        {
            k++;
        }
        return k;
    }

    private const int MaxPolishFormLength = 14;

    [System.Text.RegularExpressions.GeneratedRegex(@"[Ss]p\.\s?z\s?o\.\s?o\.?", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PolishLimitedForm();

    /// <summary>
    /// The run's end when a legal form stands right before <paramref name="j"/>: after the Mexican forms' "de C.V." ("Villanueva
    /// Subastas S.A. de C.V."), or at the form itself before a connecting word ("Litio Andino SpA and South Korea's ..."); 0 to read on.
    /// </summary>
    private int EndAfterLegalForm(int j)
    {
        if (j + 1 < Tokens.Length && Tokens[j].Text == "de" && Tokens[j + 1].Text.TrimEnd('.') is "C.V" or "R.L")
        {
            return j + 2;
        }
        // "GmbH & Co. KG" is one form: only a word ("and", "und") ends the name, not an ampersand.
        return IsConnectorToken(j) && Tokens[j].IsLowerWord ? j : 0;
    }

    // A court's or a division's number stands a word or three before its head word.
    private const int MaxWordsFromOrdinalToHeadWord = 4;

    /// <summary>"İzmir 6th High Criminal Court", "the 3rd Infantry Division": an ordinal inside a body's name, before its head word.</summary>
    private bool IsOrdinalInsideBodyName(int j)
    {
        var text = Tokens[j].Text;
        if (Tokens[j].Kind != TokenKind.Number || text.Length < 3 || !char.IsAsciiDigit(text[^3])
            || text.AsSpan(text.Length - 2) is not ("st" or "nd" or "rd" or "th"))
        {
            return false;
        }
        for (var k = j + 1; k < Tokens.Length && k - j <= MaxWordsFromOrdinalToHeadWord && IsNameToken(k); k++)
        {
            if (Lexicon.OrganizationWords.IsHeadWord(Tokens[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"South Africa's Thabo": the words before the possessive that ends at <paramref name="s"/> name a country.</summary>
    internal bool IsAfterCountrysPossessive(int s)
    {
        if (s == 0 || !Tokens[s - 1].Is(TokenFlags.Possessive))
        {
            return false;
        }
        for (var start = s - 1; start >= Math.Max(0, s - 3) && Tokens[start].IsCapitalizedWord; start--)
        {
            if (IsCountryAlone(start, s))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Tourism Malawi", "Mirefield City", "Bellhaven Courier": a run closed by a country's name or by a word that closes a
    /// club's, a paper's or a street's name is no person, whatever the words around it say (a reporting verb, a score).
    /// </summary>
    internal bool EndsUnlikeAPerson(int s, int e) =>
        e - s >= 2 && (WordClasses.ClosesNoPersonsName(Tokens[e - 1].Text) || IsStreetAfterPreposition(s, e) || IsStreetPart(e)
            // After a given name a country's name or a paper's word may be a surname (Jordan, Courier).
            || !knowledge.IsGivenName(Tokens[s].Text)
                && (WordClasses.IsPaperOrSurname(Tokens[e - 1].Text) || IsCountryAlone(e - 1, e) || e - s >= 3 && IsCountryAlone(e - 2, e)));

    /// <summary>"the bakery on Arthur Street", "from nearby Tory Hill": a given name before a street's word is the street, where the sentence puts something.</summary>
    private bool IsStreetAfterPreposition(int s, int e) =>
        s > 0 && Tokens[s - 1].IsLowerWord && Tokens[s - 1].Text is "on" or "in" or "at" or "off" or "along" or "near" or "nearby" or "from"
        && IsStreetKindWord(Tokens[e - 1].Text);

    /// <summary>"Dominick Street Upper", "Harbour Road North": the part of a street, which no person's name ends in.</summary>
    internal bool IsStreetPart(int e) =>
        e >= 2 && Tokens[e - 1].Text is "Upper" or "Lower" or "North" or "South" or "East" or "West" or "Extension"
        && IsStreetKindWord(Tokens[e - 2].Text);

    /// <summary>"King Milan Square", "President Vera Avenue": words that close a place named after a person, none a common surname as "Hall" or "Bridge" are.</summary>
    internal static bool ClosesAPlaceNamedAfterSomeone(string word) =>
        word is "Square" or "Street" or "Avenue" or "Boulevard" or "Stadium" or "Arena" or "Plaza" or "Cemetery";

    // The last word that says a name is a street's, written after the name in English.
    private static bool IsStreetKindWord(string word) =>
        word is "Street" or "Road" or "Avenue" or "Lane" or "Drive" or "Hill" or "Way" or "Terrace" or "Crescent" or "Parade" or "Highway"
            or "Boulevard";

    /// <summary>
    /// "Brandt, Okafor &amp; Lowe PLLC", "Hale, Orr, Dunn and Finch LLP", "Adeyemi, Ruiz &amp; Partners": partners' surnames
    /// listed with commas and joined by "&amp;" or "and", closed by the firm's legal form or by a word for its partners (with a
    /// form after it or none), are one firm; the end after the form or the word, else 0.
    /// </summary>
    private int PartnersFirmEnd(int comma)
    {
        const int MaxPartners = 6;
        var k = comma;
        for (var partners = 1; partners < MaxPartners && k + 1 < Tokens.Length && Tokens[k].IsPunctuation(',') && Tokens[k + 1].IsCapitalizedWord; partners++)
        {
            k += 2;
        }
        if (k + 2 >= Tokens.Length || !(Tokens[k].IsPunctuation('&') || IsPartnersAnd(Tokens[k].Text)) || !Tokens[k + 1].IsCapitalizedWord)
        {
            return 0;
        }
        // "A, B & Co.": the company's short form stands for the other partners.
        if (Tokens[k + 1].Text == "Co")
        {
            return k + 2;
        }
        if (IsLegalFormToken(k + 2))
        {
            return k + 3;
        }
        // "A, B & Partners" names its other partners by the word alone; "A, B & C Abogados" after the last surname.
        var word = OrganizationWords.IsPartnersWord(Tokens[k + 1].Text) ? k + 1
            : Tokens[k + 2].IsWord && OrganizationWords.IsPartnersWord(Tokens[k + 2].Text) ? k + 2 : -1;
        if (word < 0)
        {
            return 0;
        }
        // "A, B e Associados Advogados": the partners, then the trade they practise together.
        if (word + 1 < Tokens.Length && Tokens[word + 1].IsWord && OrganizationWords.IsPartnersWord(Tokens[word + 1].Text))
        {
            word++;
        }
        return word + 1 < Tokens.Length && IsLegalFormToken(word + 1) ? word + 2 : word + 1;
    }

    // "and" in the languages the firms write their names in: "A, B e Associados", "A, B i Partnery", "A, B y Asociados".
    private static bool IsPartnersAnd(string word) => word is "and" or "e" or "i" or "y" or "et" or "und";

    private bool IsUnionLocalNumber(int start, int end, int j) =>
        end == j && j - 2 >= start && Tokens[j].Kind == TokenKind.Number && Tokens[j - 1].Text == "Local" && Tokens[j - 2].IsCapitalizedWord;

    private bool IsLegalFormToken(int k) => Tokens[k].IsWord && OrganizationWords.IsLegalForm(Tokens[k].Text);

    internal bool IsConnectorToken(int k) =>
        (Tokens[k].IsLowerWord && IsConnector(Tokens[k].Text)) || Tokens[k].IsPunctuation('&');
}
