using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>Job titles and the nouns that describe what a person is, capitalized before a name or lower-case around it.</summary>
internal static class TitleWords
{
    /// <summary>Capitalized title words that can stand right before a name ("Defense Minister", "Chief Executive").</summary>
    private static readonly FrozenSet<string> Capitalized = FrozenSet.ToFrozenSet(
    [
        "President", "Vice", "Prime", "Minister", "Secretary", "Chancellor", "Governor", "Mayor", "Senator", "Congressman",
        "Congresswoman", "Representative", "Ambassador", "Chairman", "Chairwoman", "Chairperson", "Chair", "Chief", "Executive",
        "Director", "Deputy", "General", "Admiral", "Colonel", "Commander", "Lieutenant", "Captain", "Major", "Sergeant",
        "Marshal", "Brigadier", "Commodore", "King", "Queen", "Prince", "Princess", "Pope", "Cardinal", "Bishop", "Archbishop", "Judge",
        "Justice", "Spokesman", "Spokeswoman", "Spokesperson", "Envoy", "Commissioner", "Premier", "Officer", "Founder",
        "CEO", "CFO", "COO", "CTO", "Sheikh", "Emir", "Sultan", "Speaker", "Attorney", "Inspector", "Superintendent",
        "Detective", "Constable", "Senior", "Coach", "Manager", "Economist", "Analyst", "Correspondent", "Editor", "Lawmaker", "MP", "Imam", "Rabbi",
        "Ayatollah", "Patriarch", "Counsel", "Treasurer", "Rector", "Provost", "Head", "Leader",
        "Alderman", "Alderwoman", "Councilman", "Councilwoman", "Councillor", "Councilor", "Sheriff", "Assemblyman",
        "Assemblywoman", "Supervisor", "Magistrate", "Trustee", "Adviser", "Advisor", "Coordinator", "Counselor", "Counsellor",
        "Negotiator", "Administrator", "Prosecutor", "Solicitor", "Comptroller", "Ombudsman", "Assistant", "Associate", "Acting",
        "Interim", "Undersecretary", "Laureate", "Referee", "Umpire", "Cabinet", "Commandant", "Desembargador", "Desembargadora",
        "Regent", "Auctioneer", "Moderator",
        // Members of the devolved and provincial parliaments, the Dáil and the European Parliament, before the name as "MP" is
        // ("Glasgow Pollok MSP X", "Alliance MLA Y", "Labour TD Z").
        "MSP", "MLA", "TD", "MEP", "MPP", "MHA", "MNA",
        // Kenya's Member of a County Assembly ("Kolwa East MCA X"); a county's or a court's clerk ("County Clerk X").
        "MCA", "Clerk",
        // India's elected member of a city corporation; a lawyer and a corporal before the name ("Lawyer X", "Corporal Y").
        "Corporator", "Lawyer", "Barrister", "Corporal",
        // Shia and South Asian clerical ranks, worn before the name as "Ayatollah" is.
        "Hojatoleslam", "Hojjatoleslam", "Mullah", "Maulana", "Mufti",
    ], StringComparer.Ordinal);

    /// <summary>Capitalized titles strong enough that a single surname after them is a person ("President Putin").</summary>
    private static readonly FrozenSet<string> StandAlone = FrozenSet.ToFrozenSet(
    [
        "President", "Minister", "Chancellor", "Governor", "Mayor", "Senator", "Congressman", "Congresswoman", "Ambassador",
        "King", "Queen", "Prince", "Princess", "Pope", "Premier", "Sheikh", "Emir", "Sultan", "Judge", "Justice", "Cardinal",
        "Bishop", "Archbishop", "General", "Admiral", "Colonel", "Commander", "Ayatollah", "Imam", "Rabbi",
    ], StringComparer.Ordinal);

    /// <summary>Offices won in an election for a place, whose holders are named with it ("Makueni Governor", "Embakasi North MP").</summary>
    private static readonly FrozenSet<string> ElectedOffices = FrozenSet.ToFrozenSet(
    [
        "Governor", "Mayor", "Senator", "MP", "Premier", "Sheriff", "Councillor", "Councilor", "Councilman", "Councilwoman",
        "Alderman", "Alderwoman", "Assemblyman", "Assemblywoman", "Congressman", "Congresswoman", "Representative", "Lawmaker",
        "MSP", "MLA", "TD", "MEP", "MPP", "MHA", "MNA", "MCA",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case nouns that say what a person is ("a transport analyst", "general secretary", "the expert").</summary>
    private static readonly FrozenSet<string> Nouns = FrozenSet.ToFrozenSet(
    [
        "president", "minister", "secretary", "chancellor", "governor", "mayor", "senator", "congressman", "congresswoman", "regent", "auctioneer", "moderator",
        "ambassador", "chairman", "chairwoman", "chairperson", "chair", "chief", "executive", "director", "deputy", "general",
        "admiral", "colonel", "commander", "officer", "official", "spokesman", "spokeswoman", "spokesperson", "envoy",
        "commissioner", "premier", "founder", "co-founder", "co-chair", "co-chairman", "co-chairwoman", "ceo", "cfo", "coo", "cto", "speaker", "attorney", "inspector",
        "detective", "coach", "manager", "economist", "analyst", "correspondent", "editor", "reporter", "journalist", "lawmaker",
        "professor", "lecturer", "researcher", "scientist", "fellow", "expert", "specialist", "strategist", "adviser", "advisor",
        "consultant", "engineer", "lawyer", "diplomat", "counterpart", "leader", "head", "member", "candidate", "author",
        "co-author", "historian", "physicist", "astronomer", "geologist", "chemist", "biologist", "doctor", "surgeon",
        "physician", "student", "teacher", "activist", "campaigner", "owner", "trader", "investor", "banker", "broker",
        "negotiator", "representative", "partner", "president-elect", "mp", "judge", "prosecutor", "investigator",
        "superintendent", "sergeant", "captain", "lieutenant", "colonel", "treasurer", "dean", "rector", "provost", "curator",
        "architect", "designer", "producer", "director-general", "secretary-general", "negotiator", "observer", "scholar",
        "sociologist", "psychologist", "epidemiologist", "virologist", "meteorologist", "climatologist", "mathematician",
        "policymaker", "legislator", "councillor", "councilor", "delegate", "veteran", "pilot", "photographer",
        "nurse", "farmer", "attendant", "resident", "driver", "guide", "hydrologist", "volcanologist", "seismologist",
        "novelist", "writer", "poet", "publisher", "entrepreneur", "businessman", "businesswoman", "administrator",
        "secretary-general", "minister-counsellor", "commissioner", "coordinator", "organizer", "organiser", "chef",
        "fisherman", "miner", "economist", "planner", "surveyor", "technician", "mechanic", "farmer", "grower",
        "vice-president", "vice-chancellor", "master", "boss", "midfielder", "striker", "goalkeeper", "defender", "forward", "winger",
        "alderman", "alderwoman", "councilman", "councilwoman", "sheriff", "assemblyman", "assemblywoman", "supervisor",
        "magistrate", "trustee",
        "rabbi", "imam", "bishop", "archbishop", "cardinal", "priest", "pastor", "vicar", "abbot", "mufti", "cleric", "patriarch",
        "advocate", "barrister", "solicitor", "referee", "umpire", "linesman", "translator", "choreographer", "playwright", "screenwriter", "cinematographer",
        "conductor", "composer", "soprano", "mezzo-soprano", "tenor", "baritone", "actor", "actress", "dancer",
        "all-rounder", "batsman", "batter", "bowler", "spinner", "leg-spinner", "off-spinner", "seamer", "opener", "paceman", "wicketkeeper", "wicket-keeper", "quarterback",
        "linebacker", "receiver", "pitcher", "shortstop", "outfielder", "playmaker", "sweeper", "skipper", "fullback",
        "full-back", "fly-half", "scrum-half", "flanker", "third-stringer", "rookie", "sprinter", "hurdler", "jockey",
        "hooker", "prop", "lock", "halfback", "half-back", "centre-back", "center-back", "centre-half", "left-back", "right-back", "wing-back",
        "centre-forward", "center-forward", "attacker", "keeper", "goalie", "netminder", "defenceman", "defenseman", "setter", "libero",
        "catcher", "infielder", "reliever", "slugger", "tailender", "flyweight", "bantamweight", "featherweight", "lightweight",
        "welterweight", "middleweight", "super-middleweight", "light-heavyweight", "cruiserweight", "heavyweight", "grandmaster",
        "judoka", "wrestler", "weightlifter", "gymnast", "fencer", "archer", "rower", "sculler", "marathoner", "debutant",
        "compatriot", "countryman", "countrywoman", "teammate", "team-mate",
        "trainer", "rider", "athlete", "runner", "player", "cyclist", "swimmer", "skier", "golfer", "boxer", "headmaster", "headteacher", "principal", "curator", "warden", "spokesperson", "staffer", "aide", "lobbyist", "regulator", "auditor",
    ], StringComparer.Ordinal);

    /// <summary>
    /// A nationality as a noun, always capitalized, stands before a competitor's name as a position does ("Spaniard X",
    /// "Welshman Y"); only the nouns that are no adjective too ("Swiss", "Brazilian" open names of clubs and firms).
    /// </summary>
    private static readonly FrozenSet<string> NationalityNouns = FrozenSet.ToFrozenSet(
    [
        "Spaniard", "Briton", "Swede", "Dane", "Frenchman", "Frenchwoman", "Englishman", "Englishwoman", "Dutchman",
        "Dutchwoman", "Welshman", "Welshwoman", "Scotsman", "Scotswoman", "Irishman", "Irishwoman",
    ], StringComparer.Ordinal);

    public static bool IsNationalityNoun(string word) => NationalityNouns.Contains(word);

    /// <summary>Lower-case words that say a title belongs to a company and so to the company the article is about.</summary>
    private static readonly FrozenSet<string> CorporateWords = FrozenSet.ToFrozenSet(
    [
        "executive", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chairperson", "founder", "co-founder",
        "managing", "board",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "the" that stand for a person's title when they speak ("the expert told", "the minister said").</summary>
    private static readonly FrozenDictionary<string, string[]> DescriptorFits = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["expert"] = ["analyst", "fellow", "expert", "economist", "scientist", "researcher", "professor", "prof", "specialist", "strategist", "scholar", "lecturer", "dr"],
        ["analyst"] = ["analyst", "strategist", "economist"],
        ["economist"] = ["economist", "analyst"],
        ["scientist"] = ["scientist", "researcher", "professor", "prof", "dr", "fellow", "physicist", "astronomer", "geologist", "chemist", "biologist"],
        ["researcher"] = ["researcher", "scientist", "fellow", "professor", "prof", "dr"],
        ["professor"] = ["professor", "prof"],
        ["minister"] = ["minister"],
        ["president"] = ["president"],
        ["spokeswoman"] = ["spokes"],
        ["spokesman"] = ["spokes"],
        ["spokesperson"] = ["spokes"],
        ["official"] = ["official", "officer", "minister", "secretary", "director", "spokes", "envoy"],
        ["diplomat"] = ["diplomat", "ambassador", "envoy", "minister"],
        ["executive"] = ["executive", "chief", "ceo", "chairman", "director", "manager"],
        ["chief"] = ["chief", "executive", "ceo"],
        ["director"] = ["director"],
        ["ambassador"] = ["ambassador"],
        ["envoy"] = ["envoy"],
        ["general"] = ["general"],
        ["commander"] = ["commander", "general"],
        ["lawmaker"] = ["lawmaker", "senator", "congress", "mp"],
        ["senator"] = ["senator"],
        ["governor"] = ["governor"],
        ["mayor"] = ["mayor"],
        ["chairman"] = ["chair"],
        ["chairwoman"] = ["chair"],
        ["secretary"] = ["secretary"],
        ["author"] = ["author"],
        ["doctor"] = ["doctor", "dr", "physician", "surgeon"],
        ["lawyer"] = ["lawyer", "attorney", "counsel"],
        ["prosecutor"] = ["prosecutor"],
        ["leader"] = ["leader", "head", "chief", "president", "secretary"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsCapitalizedTitle(string word) => Capitalized.Contains(word);

    public static bool IsStandAloneTitle(string word) => StandAlone.Contains(word);

    public static bool IsElectedOffice(string word) => ElectedOffices.Contains(word);

    public static bool IsNoun(string word) => Nouns.Contains(word);

    public static bool IsCorporate(string title)
    {
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (CorporateWords.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsDescriptor(string word) => DescriptorFits.ContainsKey(word);

    /// <summary>Whether a person with this title can be the one a descriptor such as "the expert" refers to.</summary>
    public static bool DescriptorFitsTitle(string descriptor, string? title)
    {
        if (title is null || !DescriptorFits.TryGetValue(descriptor, out var fits))
        {
            return false;
        }
        foreach (var fit in fits)
        {
            if (title.Contains(fit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Gender told by a title itself ("spokeswoman", "chairman").</summary>
    public static Gender GenderOf(string title)
    {
        if (title.Contains("woman", StringComparison.OrdinalIgnoreCase) || title.Contains("Queen", StringComparison.Ordinal)
            || title.Contains("Princess", StringComparison.Ordinal))
        {
            return Gender.Female;
        }
        if (title.Contains("spokesman", StringComparison.OrdinalIgnoreCase) || title.Contains("King", StringComparison.Ordinal)
            || title.Contains("Prince", StringComparison.Ordinal) || title.Contains("congressman", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Male;
        }
        return Gender.Unknown;
    }
}
