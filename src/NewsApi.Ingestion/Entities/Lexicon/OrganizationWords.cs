using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>Head words, company suffixes and context nouns that make a capitalized name an organization, with the kind each tells.</summary>
internal static partial class OrganizationWords
{
    /// <summary>Words that make a capitalized name an organization wherever they stand in it ("Institute", "Ministry").</summary>
    private static readonly FrozenDictionary<string, string?> HeadWords = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Institute"] = "research institute",
        ["Institution"] = null,
        // A notary's or a lawyers' office in France, Switzerland and Luxembourg ("Étude Martin &amp; Roux").
        ["Étude"] = "company",
        ["Etude"] = "company",
        ["Lab"] = "research institute",
        ["Embassy"] = null,
        ["Consulate"] = null,
        // Funds, savings banks, clinics, theatres and schools in other languages ("Fondo Andino para la Salud", "Klinikum
        // Nord", "Teatr Kolodets", "Shizuoka Seiryō Gakuen").
        ["Fondo"] = null,
        ["Fundo"] = null,
        ["Fonds"] = null,
        ["Caja"] = null,
        ["Caixa"] = null,
        ["Klinik"] = null,
        ["Klinikum"] = null,
        ["Clínica"] = null,
        ["Teatr"] = null,
        ["Théâtre"] = null,
        ["Gakuen"] = null,
        ["Daigaku"] = "university",
        // Publishers, labels, auction houses, studios and workshops in other languages ("Edizioni Sonore X", "Disques X").
        ["Editorial"] = null,
        ["Editora"] = null,
        ["Edizioni"] = null,
        ["Éditions"] = null,
        ["Ediciones"] = null,
        ["Edições"] = null,
        ["Edicions"] = null,
        ["Verlag"] = null,
        ["Disques"] = null,
        ["Discos"] = null,
        ["Fondazione"] = null,
        ["Auktionshaus"] = null,
        ["Pracownia"] = null,
        ["Wydawnictwo"] = null,
        // Indonesia's foundations open their names; Turkey's unions, associations, foundations and chambers close theirs
        // ("Yayasan X", "X İşçileri Sendikası", "X Derneği", "X Vakfı", "X Birliği", "X Odası").
        ["Yayasan"] = null,
        ["Sendikası"] = null,
        ["Derneği"] = null,
        ["Vakfı"] = null,
        ["Birliği"] = null,
        ["Odası"] = null,
        ["Manifattura"] = null,
        ["Laboratory"] = "research institute",
        ["Laboratories"] = "research institute",
        ["Observatory"] = "research institute",
        ["University"] = "university",
        ["College"] = "university",
        ["Academy"] = null,
        ["School"] = null,
        // North America's schools are named by their level alone ("Riverbend Elementary").
        ["Elementary"] = null,
        ["Ministry"] = "ministry",
        ["Department"] = null,
        ["Authority"] = null,
        ["Authorities"] = null,
        ["Agency"] = null,
        ["Commission"] = null,
        ["Taskforce"] = null,
        ["Force"] = null,
        ["Committee"] = null,
        ["Council"] = null,
        ["Bank"] = null,
        ["Federation"] = null,
        ["Chamber"] = null,
        ["Union"] = null,
        ["Association"] = null,
        ["Society"] = null,
        ["Foundation"] = null,
        // Care and funeral businesses are named by what they do ("Valley Comfort Hospice", "Kearney-Walsh Funeral Home").
        ["Hospice"] = null,
        // A town's clergy meeting as one body ("Portland Ministers' Fraternal").
        ["Fraternal"] = null,
        ["Funeral"] = null,
        ["Fund"] = null,
        ["Group"] = "company",
        ["Office"] = null,
        ["Army"] = null,
        ["Navy"] = null,
        ["Forces"] = null,
        ["Guard"] = null,
        ["Party"] = "party",
        ["Company"] = "company",
        ["Corporation"] = "company",
        ["Securities"] = "company",
        ["Holdings"] = "company",
        ["Organisation"] = null,
        ["Organization"] = null,
        ["Service"] = null,
        ["Bureau"] = null,
        ["Newsroom"] = "media",
        ["Press"] = "media",
        ["Desk"] = "media",
        ["Board"] = null,
        ["Court"] = null,
        ["Tribunal"] = null,
        ["Parliament"] = null,
        ["Assembly"] = null,
        ["Congress"] = null,
        ["Senate"] = null,
        ["Centre"] = null,
        ["Center"] = null,
        ["Museum"] = null,
        ["Library"] = null,
        ["Libraries"] = null,
        ["Archives"] = null,
        ["Friends"] = "charity",
        ["Zoo"] = null,
        ["Guild"] = null,
        ["Stiftelsen"] = null,
        ["Stiftelse"] = null,
        ["Tierpark"] = null,
        ["Dierenpark"] = null,
        ["Faculty"] = "university",
        ["Gallery"] = null,
        ["Galería"] = null,
        ["Galerie"] = null,
        ["Galleria"] = null,
        ["Galeria"] = null,
        ["Galleries"] = null,
        ["Squad"] = "police",
        ["Club"] = null,
        ["Hospital"] = null,
        ["Trust"] = null,
        ["Alliance"] = null,
        ["Coalition"] = null,
        ["Movement"] = null,
        ["Front"] = null,
        // Parliaments named in their own language with a word before the head ("Verkhovna Rada", "State Duma", "Majlis
        // Amanah Rakyat"); "Sejm" and "Seimas" name themselves alone, where a head word alone would be read as no name.
        ["Rada"] = null,
        ["Duma"] = null,
        ["Majlis"] = null,
        ["Initiative"] = null,
        ["League"] = null,
        ["Exchange"] = null,
        ["Police"] = null,
        ["Municipality"] = null,
        ["Constabulary"] = "police",
        ["Gendarmerie"] = "police",
        ["Choir"] = null,
        ["Orchestra"] = null,
        ["Ensemble"] = null,
        ["Church"] = "religious organization",
        ["Directorate"] = null,
        ["Secretariat"] = null,
        ["Inspectorate"] = null,
        ["Cabinet"] = null,
        ["Government"] = null,
        ["Administration"] = null,
        ["Airlines"] = "company",
        ["Airways"] = "company",
        ["Railways"] = "company",
        ["Consortium"] = "company",
        ["Conglomerate"] = "company",
        ["Cooperative"] = null,
        ["Syndicate"] = null,
        ["Network"] = null,
        ["Programme"] = null,
        ["Program"] = null,
        ["Forum"] = null,
        ["Académie"] = null,
        ["Academia"] = null,
        ["Akademie"] = null,
        ["Éditions"] = "company",
        ["Editions"] = "company",
        ["Edições"] = "company",
        ["Ediciones"] = "company",
        ["Universidad"] = "university",
        ["Universidade"] = "university",
        ["Université"] = "university",
        ["Universität"] = "university",
        ["Università"] = "university",
        ["Universiteit"] = "university",
        ["Instituto"] = "research institute",
        ["Institut"] = "research institute",
        ["Istituto"] = "research institute",
        ["Sindicato"] = null,
        ["Syndicat"] = null,
        ["Ministerio"] = "ministry",
        ["Ministério"] = "ministry",
        ["Ministère"] = "ministry",
        ["Ministerium"] = "ministry",
        // Pharmacies, and the words that open a company's name in Spanish and Portuguese as "Mining" or "Fisheries" would
        // close it in English ("Pesquera Costa Norte", "Minera Los Andes").
        ["Farmacia"] = null,
        ["Farmacias"] = null,
        ["Botica"] = null,
        ["Droguería"] = null,
        ["Drogaria"] = null,
        ["Pharmacie"] = null,
        ["Apotheke"] = null,
        ["Pesquera"] = "company",
        ["Minera"] = "company",
        ["Constructora"] = "company",
        ["Inmobiliaria"] = "company",
        ["Aseguradora"] = "company",
        ["Naviera"] = "company",
        ["Financiera"] = "company",
        ["Distribuidora"] = "company",
        ["Laboratorio"] = "company",
        ["Laboratorios"] = "company",
        ["Banco"] = null,
        ["Banque"] = null,
        ["Grupo"] = "company",
        ["Groupe"] = "company",
        ["Gruppe"] = "company",
        ["Gruppo"] = "company",
        ["Fundación"] = null,
        ["Fundação"] = null,
        ["Fundația"] = null,
        ["Asociația"] = null,
        ["Universitatea"] = "university",
        ["Ministerul"] = "ministry",
        ["Spitalul"] = null,
        ["Clinica"] = null,
        ["Fondation"] = null,
        ["Stiftung"] = null,
        ["Asociación"] = null,
        ["Associação"] = null,
        ["Partido"] = "party",
        ["Parti"] = "party",
        ["Partei"] = "party",
        ["Consejo"] = null,
        ["Conselho"] = null,
        ["Conseil"] = null,
        ["Comité"] = null,
        ["Comisión"] = null,
        ["Comissão"] = null,
        ["Agencia"] = null,
        ["Agência"] = null,
        ["Agence"] = null,
        ["Empresa"] = "company",
        ["Sociedad"] = null,
        ["Société"] = "company",
        ["Compagnie"] = "company",
        ["Vakfı"] = null,
        ["Derneği"] = null,
        ["Üniversitesi"] = "university",
        ["Bakanlığı"] = "ministry",
        ["Compañía"] = "company",
        ["Companhia"] = "company",
        ["Theatre"] = null,
        ["Theater"] = null,
        ["Théâtre"] = null,
        ["Teatro"] = null,
        ["Compañía"] = "company",
        ["Companhia"] = "company",
        ["Gesellschaft"] = null,
        ["Verband"] = null,
        ["Cooperativa"] = null,
        // Indonesian and Malay: "Perhimpunan" an association, "Yayasan" a foundation, "Kementerian" a ministry.
        ["Perhimpunan"] = null,
        ["Persatuan"] = null,
        ["Perkumpulan"] = null,
        ["Yayasan"] = null,
        ["Kementerian"] = "ministry",
        ["Lembaga"] = null,
        ["Komisi"] = null,
        ["Coopérative"] = null,
        ["Institution"] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Last words of company names ("Ltd", "Energie", "Line").</summary>
    private static readonly FrozenSet<string> CompanySuffixes = FrozenSet.ToFrozenSet(
    [
        "Ltd", "Limited", "Inc", "Incorporated", "Corp", "Co", "LLC", "LLP", "PLC", "Plc", "plc", "AG", "SA", "S.A", "SE", "NV",
        "N.V", "BV", "B.V", "S.L", "LP", "L.P", "DAC", "CLG", "Lda", "a.s", "Şti", "GmbH", "AB", "ASA", "A/S", "Oy", "Oyj", "SpA", "S.p.A", "SAS", "Srl", "S.A.S", "KG", "KGaA", "Pty", "Bhd", "Tbk",
        "Kft", "Zrt", "Nyrt", "Ltda", "SRL", "OOO", "PJSC", "JSC", "CJSC", "OJSC", "Sdn", "Pvt", "ApS", "s.r.o", "d.o.o", "AŞ", "A.Ş", "SARL", "Sarl",
        "Energie", "Energy", "Energia", "Power", "Petroleum", "Oil", "Gas", "Mining", "Motors", "Telecom", "Telecoms",
        "Technologies", "Technology", "Systems", "Pharmaceuticals", "Pharma", "Labs", "Line", "Lines", "Shipping",
        "Logistics", "Industries", "Enterprises", "Resources", "Capital", "Partners", "Investments", "Ventures", "Analytics",
        "Analitic", "Consulting", "Electric", "Electronics", "Steel", "Chemicals", "Foods", "Brewery", "Airline", "Insurance",
        "Bancorp", "Financial", "Solutions", "Software", "Media", "Studios", "Entertainment", "Motor", "Automotive",
        "Aerospace", "Dynamics", "Semiconductor", "Semiconductors", "Communications", "Networks", "Retail", "Stores",
        "Markets", "Brands", "Construction", "Engineering", "Shipyard", "Shipbuilding", "Carriers", "Transporte", "Pte",
        "Brothers", "Bros", "Research", "Advisory", "Associates", "Lawyers", "Solicitors", "Attorneys", "Equity", "Commodities", "Trading", "Minerals", "Metals",
        "Agro", "Homes", "Foods", "Beverages", "Textiles", "Cement", "Railway", "Rail", "Ports", "Terminals", "Hotels",
        "Records", "Pictures", "Films", "Productions", "Publishing", "Therapeutics", "Biosciences", "Biotherapeutics", "Diagnostics",
        "Genomics", "S.A.E", "Contractors", "Builders", "Consultoria", "Consultores", "Consultants", "AS", "International",
        "S.r.l", "SGPS", "OÜ", "SAF", "e.V", "SLU", "PAO", "ZAO", "OAO", "KK", "K.K", "C.V", "PartG", "PartGmbB", "Mills", "ry", "Cyf",
        "S.L.P", "SLP", "SF", "HF", "IKS", "KB", "HB", "mbB",
        // Croatia's and Slovenia's joint-stock company, the Czech registered association and public-benefit company, the Faroese
        // and Danish partnerships and companies written with a slash ("Norðoyar Fisk P/F").
        "d.d", "z.s", "o.p.s", "P/F", "I/S", "K/S", "P/S",
        // Peru's open and closed corporations and sole proprietorships, Mexico's and Quebec's forms ("S.A.B. de C.V.", "S.E.C.").
        "S.A.A", "S.A.C", "S.A.B", "S.A.P.I", "EIRL", "E.I.R.L", "S.E.C", "s.e.n.c", "S.E.N.C", "s.e.n.c.r.l", "S.E.N.C.R.L", "Ltée", "Limitée", "Defence", "Defense", "Collective", "Advisors", "Advisers", "Books", "Recordings", "Publishers",
        // Law firms' last words in other languages: "Brandauer Hollmann Rechtsanwälte", "Ortiz Abogados".
        "Rechtsanwälte", "Avocats", "Abogados", "Advogados", "Avvocati",
        // Broadcasters' and newspapers' last words: "Forth Valley FM", "The Archipelago Daily", "The Gulf Ledger".
        "FM", "Daily", "Ledger", "Gazette", "Tribune", "Chronicle", "Dispatch",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case nouns right before a name that say it is an organization ("the think tank X", "grid operator X").</summary>
    private static readonly FrozenDictionary<string, string?> ContextNouns = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["tank"] = "research institute",
        ["distributor"] = "company",
        ["wholesaler"] = "company",
        ["exporter"] = "company",
        ["importer"] = "company",
        ["refiner"] = "company",
        ["carmaker"] = "company",
        ["automaker"] = "company",
        ["chipmaker"] = "company",
        ["drugmaker"] = "company",
        ["steelmaker"] = "company",
        ["shipbuilder"] = "company",
        ["institute"] = "research institute",
        ["generator"] = "company",
        ["operator"] = "company",
        ["group"] = "company",
        ["company"] = "company",
        ["club"] = "sports club",
        ["franchise"] = "sports club",
        ["team"] = "sports club",
        ["firm"] = "company",
        ["brokerage"] = "company",
        ["lender"] = "company",
        ["insurer"] = "company",
        ["carrier"] = "company",
        ["airline"] = "company",
        ["retailer"] = "company",
        ["manufacturer"] = "company",
        ["maker"] = "company",
        ["producer"] = "company",
        ["supplier"] = "company",
        ["startup"] = "company",
        ["start-up"] = "company",
        ["conglomerate"] = "company",
        ["giant"] = "company",
        ["utility"] = "company",
        ["developer"] = "company",
        ["miner"] = "company",
        ["rival"] = "company",
        ["subsidiary"] = "company",
        ["shipper"] = "company",
        ["bank"] = null,
        ["website"] = "media",
        ["portal"] = "media",
        ["newspaper"] = "media",
        ["daily"] = "media",
        ["weekly"] = "media",
        ["outlet"] = "media",
        ["broadcaster"] = "media",
        ["channel"] = "media",
        ["magazine"] = "media",
        ["tabloid"] = "media",
        ["publication"] = "media",
        ["journal"] = "journal",
        ["agency"] = null,
        ["party"] = "party",
        ["union"] = null,
        ["charity"] = null,
        ["regulator"] = null,
        ["watchdog"] = null,
        ["ministry"] = "ministry",
        ["university"] = "university",
        ["body"] = null,
        ["chain"] = "company",
        ["movement"] = null,
        ["organisation"] = null,
        ["organization"] = null,
        ["forum"] = null,
        ["association"] = null,
        ["cooperative"] = null,
        ["co-operative"] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Lower-case nouns that point back at an organization already named ("the Bergen-based brokerage").</summary>
    private static readonly FrozenSet<string> BackReferenceNouns = FrozenSet.ToFrozenSet(
    [
        "brokerage", "company", "firm", "bank", "group", "lender", "insurer", "carrier", "airline", "agency", "ministry",
        "university", "institute", "tank", "organisation", "organization", "operator", "generator", "broker", "fund",
        "consultancy", "utility", "producer", "manufacturer", "maker", "retailer", "newspaper", "website", "broadcaster",
        "center", "centre", "body", "forum", "association", "union", "council", "committee", "commission", "authority",
        "board", "network", "movement", "party", "chain", "cooperative", "federation", "alliance", "coalition", "bloc",
        "house", "publisher", "museum", "school", "academy", "hospital", "charity", "foundation", "club", "team",
    ], StringComparer.Ordinal);

    /// <summary>Legal forms at the end of a company name, left out of the name itself ("Ltd", "Co.", "Pte.").</summary>
    private static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
    [
        "Ltd", "Limited", "Inc", "Incorporated", "Co", "Corp", "LLC", "LLP", "PLC", "Plc", "plc", "PCL", "Pte", "Pty", "AG", "SA",
        "S.A", "NV", "N.V", "BV", "B.V", "S.L", "LP", "L.P", "DAC", "CLG", "Lda", "a.s", "Şti", "GmbH", "Bhd", "Tbk", "SpA", "S.p.A", "Srl", "AB", "ASA", "Oyj", "KGaA", "SE",
        "Oy", "A/S", "ApS", "SAS", "S.A.S", "SARL", "Sarl", "SRL", "Ltda", "KG", "Kft", "Zrt", "Nyrt", "OOO", "PJSC", "JSC", "CJSC", "OJSC", "Sdn", "Pvt",
        "AŞ", "A.Ş", "s.r.o", "d.o.o", "AS", "S.r.l", "SGPS", "OÜ", "SAF", "e.V", "SLU", "PAO", "ZAO", "OAO", "KK", "K.K", "C.V",
        "PartG", "PartGmbB", "ry", "Cyf",
        // Spain's professional firms; Norway's state, health and inter-municipal enterprises ("Grønnløft SF"); Sweden's
        // limited and trading partnerships; Germany's partnership of professionals with limited liability ("& Partner mbB").
        "S.L.P", "SLP", "SF", "HF", "IKS", "KB", "HB", "mbB",
        // Mexico's listed company ("S.A.B. de C.V."), Latin America's limited company, Spain's venture-capital and property
        // vehicles, Lithuania's and Latvia's companies, Poland's limited and general partnerships, Croatia's joint-stock company.
        "S.A.B", "SAB", "S.R.L", "SCR", "SICAV", "SOCIMI", "UAB", "SIA", "sp.k", "sp.j", "d.d", "z.s", "o.p.s", "P/F", "I/S", "K/S", "P/S",
        // Mexico's investment-promotion company ("S.A.P.I. de C.V."); Quebec's partnerships ("s.e.n.c.r.l.") and limited company.
        "S.A.P.I", "S.E.C", "s.e.n.c", "S.E.N.C", "s.e.n.c.r.l", "S.E.N.C.R.L", "Ltée", "Limitée",
        // American professional firms: limited liability and professional corporations.
        "PLLC", "LLLP", "P.C", "APC",
        // Luxembourg's and Switzerland's limited company, written "S.à r.l." (read as "S.à" and "r.l."), and Luxembourg's
        // limited partnerships ("X &amp; Partners SCS", "X Fund SCSp").
        "S.à", "r.l", "Sàrl", "SCS", "SCSp",
    ], StringComparer.Ordinal);

    public static bool IsLegalForm(string word) => LegalForms.Contains(word) || LegalFormsOfTheGulf.Contains(word) || IsInitialsForm(word, LegalForms) || IsInitialsForm(word, LegalFormsOfTheGulf);

    /// <summary>Lower-case nouns after "the X" that make X an organization ("the Casa de Todos movement").</summary>
    private static readonly FrozenSet<string> NounsAfterName = FrozenSet.ToFrozenSet(
    [
        "movement", "party", "group", "company", "union", "network", "coalition", "campaign", "foundation", "association",
        "agency", "ministry", "militia", "alliance", "charity", "consortium", "federation", "think-tank", "cooperative",
        "collective", "club", "newspaper", "broadcaster", "website", "daily", "institute", "university", "bank", "firm",
    ], StringComparer.Ordinal);

    /// <summary>
    /// What a firm of lawyers, accountants or advisers calls its partners after their names ("&amp; Partners", "&amp; Associés",
    /// "Abogados"); the list of surnames before it is the firm's name.
    /// </summary>
    public static bool IsPartnersWord(string word) =>
        word is "Partners" or "Partner" or "Associates" or "Associés" or "Asociados" or "Associados" or "Associati" or "Abogados"
            or "Avocats" or "Advogados" or "Avvocati" or "Rechtsanwälte" or "Solicitors" or "Lawyers" or "Attorneys" or "Advocates"
            // Russian, Czech and Croatian, Polish, Spanish.
            or "Partnery" or "Partneri" or "Partnerzy" or "Socios";

    public static bool IsNounAfterName(string word) => NounsAfterName.Contains(word);

    public static bool IsHeadWord(string word) =>
        HeadWords.ContainsKey(word) || HeadWordsOfSpanishAndPortuguese.ContainsKey(word) || HeadWordsOfGermanAndNordicBanks.Contains(word)
        || HeadWordsOfCentralAndEasternEurope.ContainsKey(word) || HeadWordsOfPlacesOfWorship.Contains(word) || HeadWordsOfItalianAndDutch.ContainsKey(word);

    // Norwegian, Danish and Swedish bodies are one word with the head noun and its article at the end ("Havbrukstilsynet",
    // "Skattedirektoratet", "Energimyndigheten"); German ones one compound with the head noun last ("Patentgericht",
    // "Bundesumweltministerium").
    private static readonly string[] NordicBodyEndings =
    [
        "tilsynet", "direktoratet", "departementet", "styrelsen", "myndigheten", "verket", "instituttet", "institutet",
        "forbundet", "foreningen", "nämnden", "nemnda", "rådet", "banken", "inspektionen", "kommissionen", "stiftelsen",
        "gericht", "gerichtshof", "ministerium", "verband", "behörde", "anstalt", "genossenschaft", "kasse", "kassen", "kassan",
    ];

    /// <summary>
    /// "Havbrukstilsynet", "Patentgericht": one capitalized word that ends in a Nordic or German body's head noun; also a
    /// compound joined by hyphens whose last part is a head word ("Max-Planck-Institut", "Lindqvist-Stiftung").
    /// </summary>
    public static bool IsNordicBodyName(string word)
    {
        if (word.Length < 9 || !char.IsUpper(word[0]))
        {
            return false;
        }
        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && IsHeadWord(word[(hyphen + 1)..]))
        {
            return true;
        }
        foreach (var ending in NordicBodyEndings)
        {
            if (word.Length >= ending.Length + 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public static string? KindOfHead(string word) =>
        HeadWords.TryGetValue(word, out var kind) ? kind
        : HeadWordsOfSpanishAndPortuguese.TryGetValue(word, out var iberianKind) ? iberianKind
        : HeadWordsOfCentralAndEasternEurope.TryGetValue(word, out var centralKind) ? centralKind
        : HeadWordsOfItalianAndDutch.GetValueOrDefault(word);

    public static bool IsCompanySuffix(string word) => CompanySuffixes.Contains(word) || CompanyEndingsOfSpanishAndPortuguese.Contains(word) || IsInitialsForm(word, CompanySuffixes);

    // The tokenizer keeps the last full stop of initials ("N.V.", "S.A."), which the lists write without it.
    private static bool IsInitialsForm(string word, FrozenSet<string> forms) =>
        word.Length > 3 && word[^1] == '.' && word[^3] == '.' && forms.Contains(word[..^1]);

    /// <summary>A word that makes a name an organization's: a head word, a company suffix or a legal form.</summary>
    // "International" ends a body's name ("Amnesty International") as often as it opens one ("International Monetary Fund"):
    // a company suffix, which is read where a name ends, but no firm word at the head of a name after "and".
    public static bool IsFirmWord(string word) => word != "International" && (IsHeadWord(word) || IsCompanySuffix(word) || IsLegalForm(word));

    public static bool IsContextNoun(string word) => ContextNouns.ContainsKey(word);

    public static string? KindOfContext(string word) => ContextNouns.GetValueOrDefault(word);

    public static bool IsBackReferenceNoun(string word) => BackReferenceNouns.Contains(word);
}
