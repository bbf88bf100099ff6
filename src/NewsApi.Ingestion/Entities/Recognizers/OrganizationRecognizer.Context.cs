using System.Collections.Frozen;
using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>The words before and after a run that call it an organization: a noun, an apposition, a base or a listing.</summary>
internal sealed partial class OrganizationRecognizer
{
    /// <summary>"the agency X", "X, a small operator": the words around the run call it an organization.</summary>
    internal bool HasContext(NameRun run) =>
        !IsPlaceBeforeNoun(run) && !IsCountryWhereSomethingIs(run) && !stream.IsAgeAfter(run.End) && (HasOrganizationContext(run.Start) || OrganizationAppositionAfter(run.End) is not null || stream.IsOrganizationRelativeClauseAfter(run.End));

    /// <summary>
    /// "an analyst at São Paulo brokerage Ipê Capital", "the São Paulo startup": a town before a lower-case noun says where
    /// the business is; the noun, not the town, is what the words around describe.
    /// </summary>
    private bool IsPlaceBeforeNoun(NameRun run) =>
        ModifiesNounAfter(run.End) && knowledge.TryFindPlace(run.Text, out var place, out var ambiguity) && ambiguity == NameAmbiguity.None
        && place.Kind is PlaceKind.City or PlaceKind.Country or PlaceKind.AdministrativeArea;

    /// <summary>"the Kuopio Institute of Earth Observation in Finland, whose team ...": after "in" a country is where the body is, whatever the clause after says.</summary>
    private bool IsCountryWhereSomethingIs(NameRun run) =>
        stream.IsLocativeBefore(run.Start) && (stream.IsCountryAlone(run.Start, run.End) || IsTownAfterIn(run));

    /// <summary>"with an engineering hub in Kigali, the company serves": a town after "in" is where something is.</summary>
    private bool IsTownAfterIn(NameRun run) =>
        stream.Tokens[run.Start - 1].Text is "in" && knowledge.TryFindPlace(run.Text, out var place, out var ambiguity)
        && ambiguity == NameAmbiguity.None && place.Kind == PlaceKind.City;

    private bool HasOrganizationContext(int s)
    {
        var k = s - 1;
        if (k >= 0 && stream.Tokens[k].IsPunctuation(','))
        {
            k--;
        }
        if (k == s - 1 && k >= 0 && IsSeatWord(stream.Tokens[k].Text))
        {
            // "Hyderabad-based Serumtech Biologics", "Oslo-listed Havbruk": only an organization has a base or a listing.
            return true;
        }
        // "her rival Daudi Sitienei": a person's pronoun owns a person; "its rival" would own a company.
        return k >= 0 && stream.Tokens[k].IsLowerWord && !stream.Tokens[k].Is(TokenFlags.Possessive)
            && (OrganizationWords.IsContextNoun(stream.Tokens[k].Text) && !(k > 0 && stream.Tokens[k - 1].Text is "her" or "his") || IsWorkplace(s));
    }

    private static bool IsSeatWord(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && word.AsSpan(hyphen + 1) is "based" or "headquartered" or "listed" or "registered";
    }

    /// <summary>"Iestyn ap Dafydd, from Cenarth, was found": one plain word after "from" is where the person comes from, not an employer.</summary>
    private bool IsHometown(int s, int e) =>
        e - s == 1 && stream.Tokens[s - 1].Text == "from" && !stream.Tokens[s].Is(TokenFlags.AllCaps) && OrganizationKind(s, e) is null;

    /// <summary>"Mikkel Østergaard of Denmark and South Africa's ...": a place before "and" says where the person is from; the names are split later.</summary>
    private bool StartsWithPlaceAndMore(int s, int e)
    {
        for (var i = s + 1; i < e - 1; i++)
        {
            if (stream.Tokens[i].Text == "and")
            {
                return knowledge.TryFindPlace(stream.Unit.Join(s, i), out _, out _);
            }
        }
        return false;
    }

    /// <summary>
    /// "at the Enguri dam", "head of CEEMEA FX strategy at": a name before a lower-case noun describes the place of work,
    /// which the noun names; a verb, a preposition or a time word after it leaves the name the workplace ("at Nomura since").
    /// </summary>
    private bool ModifiesNounAfter(int e) =>
        e < stream.Tokens.Length && stream.Tokens[e].IsLowerWord && !stream.Tokens[e].Text.EndsWith("ed", StringComparison.Ordinal)
        && !WordsAfterAWorkplace.Contains(stream.Tokens[e].Text) && !ReportingVerbs.IsReportingVerb(stream.Tokens[e].Text);

    private static readonly HashSet<string> WordsAfterAWorkplace = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must",
        "did", "does", "do", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that", "which",
        "who", "after", "before", "but", "than", "into", "over", "under", "since", "against", "until", "when", "where", "while",
        "last", "this", "next", "now", "then", "earlier", "later", "between", "during", "also",
    };

    /// <summary>"The White House said": a name with an article that speaks is an organization.</summary>
    internal bool TrySpeakingName(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (e - s < 2 || s == 0 || stream.Tokens[s - 1].Text is not ("the" or "The") || !stream.ReportingVerbAfter(e) || !stream.AllNameLike(s, e))
        {
            return false;
        }
        registry.MentionOrganization(registry.AddOrganization(s, e, null), s, e);
        return true;
    }

    /// <summary>
    /// "County Executive Committee Member", "Mayoral Committee Member for Housing": a seat on a body is a person's title, and
    /// the body is named on its own where the text means it.
    /// </summary>
    private bool IsSeatOnABody(int s, int e)
    {
        for (var i = s + 1; i < e; i++)
        {
            if (stream.Tokens[i].Text is "Member" or "Members" && (i == e - 1 || stream.Tokens[i + 1].Text is "for" or "of"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Director, Corporate Communications", "(Head Office: Osaka)": the name of a function every company has is a department's
    /// label or an address, no body's name; a department named in full keeps its head word ("Corporate Communications Department").
    /// </summary>
    internal bool IsCompanyFunction(int s, int e) =>
        e - s == 2 && CompanyFunctions.Contains(stream.Unit.Join(s, e));

    // Legal forms that the company suffixes do not list ("Panificadora X S.R.L.", "Y Infraestructuras SCR") close a company's name too.
    private static bool IsCompanyEnding(string word) => OrganizationWords.IsCompanySuffix(word) || OrganizationWords.IsLegalForm(word);

    private static readonly FrozenSet<string> CompanyFunctions = FrozenSet.ToFrozenSet(
    [
        "Corporate Communications", "Investor Relations", "Public Relations", "Media Relations", "Human Resources", "Corporate Affairs",
        "Head Office", "Registered Office",
    ], StringComparer.Ordinal);

    // "told the Sunshine Coast Observer": a paper's title after "the" is the paper, though its first words name its town.
    // "told the Harbour Correspondent", "told Valley Science Review": a periodical's word too; after "told", a newsroom's "News".
    internal bool IsPaperAfterItsArticle(int s, int e) =>
        e - s >= 2 && s > 0 && stream.Tokens[e - 1].Text is var last
        && (stream.Tokens[s - 1].Text is "the" or "The" && (WordClasses.IsNewspaperTitleWord(last) || IsPeriodicalWord(last))
            || stream.Tokens[s - 1].Text == "told" && (WordClasses.IsNewspaperTitleWord(last) || IsPeriodicalWord(last) || last == "News"));

    private static bool IsPeriodicalWord(string word) => word is "Weekly" or "Review" or "Correspondent";

    /// <summary>"Shares in X", "X shares", "X's shares": only companies have shares.</summary>
    private bool IsTradedShares(int s, int e) =>
        (s > 1 && stream.Tokens[s - 1].Text == "in" && stream.Tokens[s - 2].Text is "Shares" or "shares" or "stake")
        || (e < stream.Tokens.Length && stream.Tokens[e].IsLowerWord && stream.Tokens[e].Text is "shares" or "stock");

    /// <summary>
    /// After "analysts at", or after "and" that follows an organization read there ("at Morgan Stanley and Bernstein").
    /// </summary>
    private bool IsWorkplace(int s) =>
        s >= 2 && !knowledge.ContainsPlace(stream.Tokens[s].Text) && (IsWorkplaceAfterJob(s - 1)
            || stream.Tokens[s - 1].Text == "and" && stream.LastKind == EntityKind.Organization && stream.LastEnd == s - 1 && IsWorkplaceBefore(s - 1));
}
