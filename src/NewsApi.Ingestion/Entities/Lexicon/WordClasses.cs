using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>Function words, calendar words, pronouns and name particles: what a capitalized word can be without being a name.</summary>
internal static class WordClasses
{
    /// <summary>Words that are capitalized only because they start a sentence or a quote.</summary>
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "my", "your", "in", "on", "at", "for", "from", "to", "with", "by", "of", "as", "after", "before", "but",
        "and", "or", "however", "meanwhile", "earlier", "later", "now", "then", "also", "yet", "still", "maybe", "perhaps",
        "moreover", "furthermore", "previously", "another", "other", "some", "many", "most", "several", "both", "all", "each",
        "every", "no", "not", "nor", "if", "when", "while", "where", "what", "which", "who", "whom", "whose", "why", "how",
        "although", "though", "because", "since", "unlike", "like", "despite", "during", "under", "over", "amid", "among",
        "between", "until", "upon", "instead", "once", "even", "only", "just", "so", "such", "there", "here", "today",
        "yesterday", "tomorrow", "last", "next", "first", "second", "third", "finally", "overall", "about", "against", "along",
        "around", "behind", "beyond", "into", "near", "onto", "through", "toward", "towards", "within", "without", "according",
        "asked", "take", "consider", "across", "further", "indeed", "instead", "nevertheless", "nonetheless", "otherwise", "rather", "similarly", "thus",
        "therefore", "hence", "already", "again", "ever", "never", "always", "often", "sometimes", "usually", "recently",
        "currently", "initially", "eventually", "separately", "additionally", "altogether", "anyway", "besides", "beside",
        "more", "less", "few", "much", "any", "none", "one", "two", "three", "four", "five", "ten", "hundreds", "thousands",
        "millions", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "should", "may", "might", "must", "shall", "let", "please", "thank", "thanks", "yes", "oh", "well",
        "read", "see", "watch", "listen", "share", "follow", "sign", "click", "subscribe", "advertisement",
        "photo", "photograph", "image", "video", "source", "sources", "update", "updated", "published", "editing",
        "reporting", "writing", "additional", "related", "topics", "tags", "opinion", "analysis", "comment", "news", "live",
        "breaking", "exclusive", "old", "former", "local", "national", "international", "global", "regional",
        "officials", "analysts", "experts", "researchers", "workers", "residents", "people", "police", "troops", "soldiers",
        "scientists", "critics", "investors", "traders", "lawmakers", "authorities", "leaders", "members", "citizens",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> CalendarWords = FrozenSet.ToFrozenSet(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu",
        "Thurs", "Fri", "Sat", "Sun", "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "AM", "PM", "Christmas",
        "Easter", "Ramadan",
    ], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Gender> Pronouns = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = Gender.Male,
        ["she"] = Gender.Female,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case particles inside personal names ("van der", "bin", "de").</summary>
    private static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
    [
        "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "do", "la", "le", "ter", "ten",
        "bin", "ibn", "bint", "al", "el", "y", "i", "zu", "los", "las", "dela", "delos", "af", "des", "et", "und", "für", "e", "em", "mac", "ní", "nic", "ó", "ua", "ap", "ab", "uí", "mhic",
        "dalla", "dalle", "dal", "delle", "dei", "degli", "dello", "vom", "zum", "zur",
        // Kalenjin "arap" (son of), Kikuyu "wa" (of) and Maasai "ole" (son of) before a father's name.
        "arap", "wa", "ole",
        // Malay "binti"/"binte"/"bte" (daughter of) before a father's name; Iban "anak" (child of); Hebrew "ben" (son of).
        "binti", "binte", "bte", "anak", "ben",
        // Dutch "'t" (het) after "van": "van 't Hek".
        "'t", "’t",
        // Malaysia's and Singapore's "son of" and "daughter of", written with a slash.
        "a/l", "a/p", "s/o", "d/o",
        // Azerbaijani and Kyrgyz patronymics: "son of" and "daughter of" after the father's name ("Rauf Ilham oglu X").
        "oglu", "oğlu", "qizi", "qızı", "kyzy", "uulu",
    ], StringComparer.Ordinal);

    /// <summary>Particles written joined to the next capitalized part with a hyphen ("al-Harthy", "el-Masri").</summary>
    private static readonly string[] JoinedParticles =
    [
        "al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "az-", "ash-", "ul-", "ud-", "bin-", "ben-", "abu-",
        "d'", "l'", "d\u2019", "l\u2019", "dell'", "dall'",
    ];

    /// <summary>Words after a place name that together with it name a region ("Autonomous Region", "Oblast").</summary>
    private static readonly FrozenSet<string> RegionWords = FrozenSet.ToFrozenSet(
    [
        "Region", "Province", "Oblast", "Krai", "Kray", "State", "Governorate", "Prefecture", "County", "District",
        "Territory", "Canton", "Municipality", "Voivodeship", "Republic", "Emirate", "Raion", "Okrug",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case nouns before "of" that make the next name a place ("the village of X").</summary>
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
    [
        "village", "town", "city", "region", "province", "district", "county", "island", "islands", "port", "state",
        "capital", "suburb", "municipality", "oblast", "governorate", "prefecture", "enclave", "republic", "kingdom",
        "emirate", "commune", "hamlet", "settlement", "neighbourhood", "neighborhood", "outskirts", "area",
        "villages", "towns", "cities", "regions", "provinces", "districts", "counties", "islands", "ports", "suburbs",
        "municipalities", "settlements", "neighbourhoods", "neighborhoods", "areas", "estates", "communities", "community",
        "center", "centre", "heart", "quarter", "quarters", "slums", "slum", "township", "townships", "borough", "boroughs",
        "ruins", "terraces", "valley", "island", "oasis", "citadel",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case nouns right after a name that make it a place or landform ("the Quellbach valley", "Kariba dam").</summary>
    private static readonly FrozenSet<string> PlaceNounsAfterName = FrozenSet.ToFrozenSet(
    [
        "valley", "peninsula", "dam", "river", "lake", "mountains", "volcano", "basin", "delta", "estuary", "plateau",
        "region", "province", "district", "county", "municipality", "governorate", "oblast", "prefecture", "archipelago",
        "desert", "glacier", "fjord", "reservoir", "highlands", "lowlands", "coast", "island", "bay", "gulf", "strait",
        "ruins", "gorge", "canyon", "waterfall", "falls", "oasis", "wetlands", "rainforest", "citadel",
    ], StringComparer.Ordinal);

    public static bool IsPlaceNounAfterName(string word) => PlaceNounsAfterName.Contains(word);

    /// <summary>Words that make a capitalized name a natural feature or landmark ("Lake Tana", "Rift Valley").</summary>
    private static readonly FrozenSet<string> FeatureWords = FrozenSet.ToFrozenSet(
    [
        "Lake", "Mount", "Mountains", "Mountain", "River", "Valley", "Sea", "Ocean", "Gulf", "Bay", "Strait", "Straits",
        "Peninsula", "Desert", "Basin", "Delta", "Plateau", "Canyon", "Glacier", "Island", "Islands", "Cape", "Coast",
        "Highlands", "Plains", "Falls", "Forest", "Lagoon", "Trail", "Canal", "Reservoir", "Dam", "Volcano", "Shoal", "Shoals",
        "Reef", "Reefs", "Atoll", "Archipelago", "Fjord", "Lakes", "Hills", "Marsh", "Wetlands", "Steppe", "Estuary", "Street",
        // English uplands named in the plural ("Yorkshire Dales", "North York Moors", "South Downs").
        "Dales", "Moors", "Downs", "Fells", "Wolds",
        "Avenue", "Boulevard", "Square", "Plaza", "Piazza", "Praça", "Plaça",
        // Airports are places a plane lands at, as news annotators count them; the company running one carries "Group" or "Authority".
        "Airport",
    ], StringComparer.Ordinal);

    /// <summary>Languages, which follow "in" like places do ("written in Wolof").</summary>
    private static readonly FrozenSet<string> Languages = FrozenSet.ToFrozenSet(
    [
        "English", "French", "Arabic", "Spanish", "Portuguese", "German", "Russian", "Chinese", "Mandarin", "Cantonese",
        "Japanese", "Korean", "Hindi", "Urdu", "Bengali", "Tamil", "Telugu", "Punjabi", "Gujarati", "Marathi", "Swahili",
        "Wolof", "Hausa", "Yoruba", "Igbo", "Zulu", "Xhosa", "Amharic", "Tigrinya", "Somali", "Pashto", "Dari", "Farsi",
        "Persian", "Turkish", "Kurdish", "Hebrew", "Yiddish", "Latin", "Greek", "Italian", "Dutch", "Flemish", "Polish",
        "Czech", "Ukrainian", "Romanian", "Hungarian", "Finnish", "Swedish", "Norwegian", "Danish", "Icelandic", "Tagalog",
        "Filipino", "Malay", "Bahasa", "Indonesian", "Thai", "Vietnamese", "Khmer", "Burmese", "Quechua", "Aymara", "Guarani",
        "Catalan", "Basque", "Galician", "Welsh", "Gaelic", "Irish", "Berber", "Tamazight", "Creole", "Sanskrit", "Esperanto",
        "Lingala", "Kinyarwanda", "Kirundi", "Luganda", "Sesotho", "Setswana", "Shona", "Afrikaans", "Malagasy", "Fula",
        "Fulani", "Bambara", "Twi", "Ewe", "Akan", "Serbian", "Croatian", "Bosnian", "Slovak", "Slovenian", "Bulgarian",
        "Albanian", "Armenian", "Georgian", "Azerbaijani", "Kazakh", "Uzbek", "Tajik", "Kyrgyz", "Turkmen", "Mongolian",
        "Tibetan", "Uyghur", "Nepali", "Sinhala", "Sinhalese", "Maori", "Hawaiian", "Samoan", "Tongan", "Fijian",
        "Cebuano", "Ilocano", "Hiligaynon", "Waray", "Bisaya", "Javanese", "Sundanese", "Balinese", "Hmong", "Kannada",
        "Malayalam", "Odia", "Assamese", "Sindhi", "Baluchi", "Dzongkha", "Tetum", "Bislama", "Estonian", "Latvian",
        "Lithuanian", "Belarusian", "Macedonian", "Maltese", "Luxembourgish", "Faroese", "Romansh", "Corsican",
        "Occitan", "Frisian", "Kikuyu", "Oromo", "Tsonga", "Ndebele", "Chichewa", "Kanuri", "Songhai",
        "Dioula", "Soninke", "Mandinka", "Krio", "Nahuatl", "Mapudungun", "Wayuu", "Papiamento",
    ], StringComparer.Ordinal);

    /// <summary>"GMT", "WAT", "AEST": a time zone after a clock time, which reads like an acronym of an organization.</summary>
    public static bool IsTimeZone(string word) => TimeZones.Contains(word);

    private static readonly FrozenSet<string> TimeZones = FrozenSet.ToFrozenSet(
    [
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST",
        "HST", "WAT", "CAT", "EAT", "SAST", "PKT", "JST", "KST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "WIB", "ICT", "SGT",
        "HKT", "MSK", "BRT", "IST", "UYT", "CLT", "PET", "COT", "FJT", "WITA", "WIT", "MYT", "PHT", "MMT", "IRST",
    ], StringComparer.Ordinal);

    public static bool IsLanguage(string word) => Languages.Contains(word);

    /// <summary>Capitalized nouns for a person of a nation ("the Dutchman said", "the Briton added").</summary>
    /// <summary>"Passenger Mara Quist", "Witness Tom Reed": what a person is in the story, written before the name like a title.</summary>
    public static bool IsRoleNoun(string word) =>
        word is "Passenger" or "Witness" or "Resident" or "Motorist" or "Commuter" or "Shopkeeper" or "Farmer" or "Student" or "Voter"
            or "Neighbour" or "Neighbor" or "Survivor" or "Tourist" or "Patient" or "Pensioner" or "Retiree" or "Homeowner" or "Tenant"
            or "Bystander" or "Victim" or "Mourner" or "Protester" or "Forecaster" or "Firefighter" or "Paramedic" or "Volunteer"
            or "Supporter" or "Worker";

    /// <summary>"Ciudad Juárez", "Puerto Montt": words that open a town's name in other languages, never a club's.</summary>
    public static bool IsTownNameOpener(string word) =>
        word is "Ciudad" or "Cidade" or "Città" or "Ville" or "Puerto" or "Villa" or "Vila" or "Nueva" or "Nuevo" or "Nova" or "Novo"
            or "San" or "Santa" or "Santo" or "São" or "Fort" or "Port";

    /// <summary>"James Webb Space Telescope", "Nansen Medal": things named after people end with what they are, which no person's name does.</summary>
    public static bool IsNamedThingWord(string word) =>
        word is "Telescope" or "Satellite" or "Probe" or "Rover" or "Bridge" or "Stadium" or "Arena" or "Airport" or "Prize" or "Award"
            or "Medal" or "Trophy" or "Memorial" or "Building" or "Tower" or "Station" or "Lecture" or "Fellowship" or "Scholarship"
            or "Doctrine" or "Highway" or "Tunnel" or "Dam" or "Canal";

    /// <summary>
    /// "Kestrel Arena", "Estadio X Y", "Grand Harbour Convention Hall", "Bulevar X": the words that make a name a venue's or a
    /// street's, which stories name where something happened and the tagger, trained on news where such names mostly are
    /// bodies, reads as organizations.
    /// </summary>
    public static bool IsVenueWord(string word, bool first) =>
        first
            ? word is "Estadio" or "Estádio" or "Stade" or "Stadio" or "Bulevar" or "Avenida" or "Calle" or "Rue" or "Praça"
            : word is "Arena" or "Stadium" or "Stadion" or "Hall" or "Boulevard" or "Avenue" or "Street" or "Road" or "Ground" or "Oval"
                or "Velodrome" or "Racecourse";

    /// <summary>The kinds of shop that a shop's name gives after its owner's possessive ("Lola's Bakeshop").</summary>
    public static bool IsShopWord(string word) =>
        word is "Bakeshop" or "Bakery" or "Cafe" or "Café" or "Diner" or "Kitchen" or "Restaurant" or "Grill" or "Deli" or "Salon"
            or "Pharmacy" or "Store" or "Shop" or "Bistro" or "Pub" or "Tavern" or "Brewery" or "Garage" or "Pizzeria" or "Bookshop"
            or "Bookstore" or "Butchers" or "Boutique" or "Barbershop" or "Eatery" or "Creamery";

    /// <summary>"Rua Augusta", "Heol y Felin", "Jalan Sudirman": the words that open a street's name in languages that name the kind first.</summary>
    public static bool OpensAStreetsName(string word) =>
        word is "Rua" or "Rue" or "Calle" or "Avenida" or "Jalan" or "Heol" or "Ulica" or "Carrer" or "Avinguda" or "Viale" or "Corso"
            or "Piazza" or "Praça" or "Strada" or "Stryd"
            // Italian "Via", Polish "Aleja" and "Plac", Romanian "Calea", "Aleea" and "Bulevardul", Portuguese "Travessa",
            // Spanish "Paseo", French "Quai".
            or "Via" or "Aleja" or "Plac" or "Calea" or "Aleea" or "Bulevardul" or "Travessa" or "Paseo" or "Quai";

    /// <summary>"Bockenheimer Landstraße", "Rosenthaler Allee": German streets and squares end in one compound with their kind.</summary>
    public static bool ClosesAStreetsName(string word) =>
        word.Length >= 8 && char.IsUpper(word[0])
        && (word.EndsWith("straße", StringComparison.Ordinal) || word.EndsWith("strasse", StringComparison.Ordinal)
            || word.EndsWith("gasse", StringComparison.Ordinal) || word.EndsWith("allee", StringComparison.Ordinal)
            || word.EndsWith("platz", StringComparison.Ordinal) || word.EndsWith("damm", StringComparison.Ordinal));

    /// <summary>
    /// "Mirefield City", "Lakemont Tech", "Bellhaven Gazette", "Wilbur Road": words that close the name of a club, a college,
    /// a newspaper or a street, an event's week or a law, and no person's. "Street", "Lane" and "Post" are surnames too.
    /// </summary>
    public static bool ClosesNoPersonsName(string word) =>
        word is "City" or "Tech" or "Spor" or "Gazette" or "Tribune" or "Chronicle" or "Journal" or "Examiner" or "Inquirer" or "Enquirer"
            or "Bulletin" or "Dispatch" or "Road" or "Avenue" or "Boulevard" or "Week" or "Act";

    /// <summary>"The Gulf Ledger", "The Lagos Dispatch": the last words of newspapers' titles, which are written with their article.</summary>
    public static bool IsNewspaperTitleWord(string word) =>
        word is "Daily" or "Ledger" or "Gazette" or "Tribune" or "Chronicle" or "Dispatch" or "Courier" or "Herald" or "Times" or "Post"
            or "Journal" or "Observer" or "Telegraph" or "Examiner" or "Inquirer" or "Enquirer" or "Bulletin" or "Standard" or "Star"
            or "Mail" or "Mirror" or "Express" or "Globe" or "Independent" or "Guardian" or "Nation" or "Sentinel" or "Register"
            or "Clarion" or "Messenger" or "Advertiser" or "Argus" or "Gleaner";

    /// <summary>"Bellhaven Courier", "Mirefield Herald": papers' names, whose last word is also a surname after a given name.</summary>
    public static bool IsPaperOrSurname(string word) => word is "Courier" or "Herald";

    /// <summary>"the research vessel X", "the ferry X": what a ship's name follows.</summary>
    public static bool IsVesselNoun(string word) =>
        word is "vessel" or "ship" or "ferry" or "tanker" or "yacht" or "freighter" or "trawler" or "frigate" or "destroyer"
            or "submarine" or "liner" or "icebreaker" or "schooner";

    /// <summary>"North Court Street", "Union Road": the last word of a street's name, whatever head word comes before it.</summary>
    public static bool IsStreetWord(string word) =>
        word is "Street" or "St" or "Road" or "Rd" or "Avenue" or "Ave" or "Boulevard" or "Lane" or "Highway" or "Motorway" or "Expressway";

    /// <summary>"Storm Lisbet", "Hurricane Ida", "Typhoon Haiyan": weather systems are named like people and are neither.</summary>
    public static bool IsStormWord(string word) =>
        word is "Storm" or "Hurricane" or "Typhoon" or "Cyclone" or "Tropical";

    public static bool IsPersonNoun(string word) =>
        (word.Length > 4 && (word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("woman", StringComparison.Ordinal)))
        || word is "Briton" or "Spaniard" or "Dane" or "Swede" or "Finn" or "Pole" or "Scot" or "Turk" or "Kiwi" or "Aussie"
            or "Croat" or "Serb" or "Slovene" or "Argentine" or "Filipino" or "Filipina" or "Thai" or "Swiss" or "Icelander" or "Kenyan" or "Nigerian";

    /// <summary>The last word of a competition's name ("Asian Cup", "Zimbabwe Open", "World Grand Prix"): an event, not an organization.</summary>
    public static bool IsCompetitionWord(string word) =>
        word is "Cup" or "Cups" or "Open" or "Prix" or "Trophy" or "Shield" or "Championship" or "Championships" or "Olympics" or "Tournament";

    /// <summary>The classes a results table is divided into ("Men's 500 metres", "Juniors 10 km"), not teams.</summary>
    public static bool IsCompetitionClass(string word) =>
        word is "Men" or "Women" or "Boys" or "Girls" or "Juniors" or "Seniors" or "Veterans" or "Mixed" or "Open" or "Ladies";

    /// <summary>"Stage 4 top ten", "Round 3 results": a part of a competition counted by its number, not a team before its score.</summary>
    public static bool IsNumberedPartOfCompetition(string word) =>
        word is "Stage" or "Round" or "Game" or "Week" or "Day" or "Race" or "Heat" or "Leg" or "Lap" or "Match" or "Matchday"
            or "Gameweek" or "Phase" or "Hole" or "Set" or "Quarter" or "Period" or "Innings";

    public static bool IsFeatureWord(string word) => FeatureWords.Contains(word);

    public static bool IsSentenceStarter(string word) => SentenceStarters.Contains(word);

    /// <summary>
    /// "I'm Leila X", "Hello, I'll be ...": a pronoun run together with its verb is capitalized where it opens a clause, and
    /// is no word of a name after it.
    /// </summary>
    public static bool IsPronounContraction(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        return apostrophe > 0 && word.AsSpan(apostrophe + 1) is "m" or "ll" or "ve" or "re" or "d"
            && word.AsSpan(0, apostrophe) is "I" or "You" or "We" or "They" or "He" or "She" or "It" or "That" or "There" or "Who" or "What";
    }

    // "Sept.", "Jan.": a month's short form keeps its full stop where the tokenizer kept it on the word.
    public static bool IsMonth(string word) => Months.Contains(word) || (word.Length > 3 && word[^1] == '.' && Months.Contains(word[..^1]));

    public static bool IsCalendarWord(string word) => CalendarWords.Contains(word);

    public static bool IsPronoun(string word, out Gender gender) => Pronouns.TryGetValue(word, out gender);

    public static bool IsNameParticle(string word) => NameParticles.Contains(word);

    /// <summary>"goal", "header", "strikes": what a player does in a match, which no company does.</summary>
    public static bool IsMoveInPlay(string word) =>
        word is "goal" or "goals" or "header" or "headers" or "strike" or "strikes" or "cross" or "volley" or "penalty" or "free-kick"
            or "shot" or "shots" or "try" or "tries" or "dunk" or "three-pointer" or "touchdown" or "homer" or "equaliser" or "equalizer"
            or "winner" or "brace" or "hat-trick" or "assist" or "tackle";

    /// <summary>"July-September", "Jan-Mar": a quarter or a season, dated, not named.</summary>
    public static bool IsMonthRange(string word) =>
        word.IndexOf('-', StringComparison.Ordinal) is var hyphen and > 0 && IsMonth(word[..hyphen]) && IsMonth(word[(hyphen + 1)..]);

    /// <summary>"Yogyakarta-based", "Kremlin-backed": a name joined to a participle describes whom it stands before; it is no employer.</summary>
    public static bool IsDescribingCompound(string word) =>
        word.LastIndexOf('-') is var hyphen and > 0 && word.AsSpan(hyphen + 1) is "based" or "born" or "bred" or "backed" or "led" or "owned"
            or "run" or "funded" or "listed" or "registered" or "headquartered" or "educated" or "trained" or "raised" or "made";

    /// <summary>"Al Tamar-backed", "X-affiliated": a backer or a parent joined to a participle; the name after it is another body.</summary>
    public static bool IsBackersCompound(string word) =>
        word.LastIndexOf('-') is var hyphen and > 0 && word.AsSpan(hyphen + 1) is "backed" or "affiliated" or "owned" or "controlled"
            or "funded" or "financed" or "sponsored" or "linked" or "allied" or "aligned";

    /// <summary>
    /// "Ó hUiginn", "Uí nGallchóir", "Mac an tSaoi": Irish names after a particle take a lower-case h, n or t before their
    /// capital, and are names all the same. Only before the capitals Irish puts there, so "mRNA" and "tRNA" stay words.
    /// </summary>
    public static bool IsIrishMutatedName(ReadOnlySpan<char> word) =>
        word.Length >= 4 && word[1] is var capital && char.IsLetter(word[2]) && char.IsLower(word[2])
        && (word[0] == 'h' && IsIrishCapitalVowel(capital) || word[0] == 'n' && (IsIrishCapitalVowel(capital) || capital is 'G' or 'D')
            || word[0] == 't' && (IsIrishCapitalVowel(capital) || capital == 'S'));

    private static bool IsIrishCapitalVowel(char letter) => letter is 'A' or 'E' or 'I' or 'O' or 'U' or 'Á' or 'É' or 'Í' or 'Ó' or 'Ú';

    public static bool StartsWithJoinedParticle(ReadOnlySpan<char> word)
    {
        // Every particle ends in a hyphen or an apostrophe; the tokenizer asks this of every lower-case word.
        if (word.IndexOfAny('-', '\'', '\u2019') < 0)
        {
            return false;
        }
        foreach (var particle in JoinedParticles)
        {
            if (word.Length > particle.Length && word.StartsWith(particle, StringComparison.Ordinal) && char.IsUpper(word[particle.Length]))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsRegionWord(string word) => RegionWords.Contains(word);

    /// <summary>"North", "West", "Central": the words that divide a county or a city into constituencies.</summary>
    public static bool IsCompassWord(string word) =>
        word is "North" or "South" or "East" or "West" or "Central" or "Northeast" or "Northwest" or "Southeast" or "Southwest" or "Upper" or "Lower";

    public static bool IsPlaceNoun(string word) => PlaceNouns.Contains(word);
}
