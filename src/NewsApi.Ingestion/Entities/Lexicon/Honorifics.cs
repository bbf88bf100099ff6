using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>Words written before a name that mark it as a person's ("Mr", "Dr", "Prof"), with the gender some of them tell.</summary>
internal static class Honorifics
{
    private static readonly FrozenDictionary<string, Gender> Words = new Dictionary<string, Gender>(StringComparer.Ordinal)
    {
        ["Mr"] = Gender.Male,
        ["Mister"] = Gender.Male,
        ["Sir"] = Gender.Male,
        ["Lord"] = Gender.Male,
        ["Mrs"] = Gender.Female,
        ["Ms"] = Gender.Female,
        ["Miss"] = Gender.Female,
        ["Dame"] = Gender.Female,
        ["Lady"] = Gender.Female,
        ["Cllr"] = Gender.Unknown,
        ["Cr"] = Gender.Unknown,
        ["Father"] = Gender.Male,
        ["Fr"] = Gender.Male,
        ["Madame"] = Gender.Female,
        ["Mme"] = Gender.Female,
        ["Mademoiselle"] = Gender.Female,
        ["Mlle"] = Gender.Female,
        ["Monsieur"] = Gender.Male,
        ["Señora"] = Gender.Female,
        ["Señor"] = Gender.Male,
        ["Senhora"] = Gender.Female,
        ["Senhor"] = Gender.Male,
        ["Signora"] = Gender.Female,
        ["Signor"] = Gender.Male,
        ["Frau"] = Gender.Female,
        ["Herr"] = Gender.Male,
        ["Dr"] = Gender.Unknown,
        ["Doctor"] = Gender.Unknown,
        ["Prof"] = Gender.Unknown,
        ["Professor"] = Gender.Unknown,
        ["Rev"] = Gender.Unknown,
        ["Sen"] = Gender.Unknown,
        ["Rep"] = Gender.Unknown,
        ["Gen"] = Gender.Unknown,
        ["Col"] = Gender.Unknown,
        ["Capt"] = Gender.Unknown,
        ["Lt"] = Gender.Unknown,
        ["Sgt"] = Gender.Unknown,
        ["Maj"] = Gender.Unknown,
        ["Insp"] = Gender.Unknown,
        ["Det"] = Gender.Unknown,
        ["Eng"] = Gender.Unknown,
        ["Gov"] = Gender.Unknown,
        ["Pres"] = Gender.Unknown,
        ["Amb"] = Gender.Unknown,
        ["Adm"] = Gender.Unknown,
        ["Cmdr"] = Gender.Unknown,
        ["Supt"] = Gender.Unknown,
        ["Rabbi"] = Gender.Male,
        ["Sheikh"] = Gender.Male,
        // Persian and Urdu "master", before a musician's, a calligrapher's or a teacher's name.
        ["Ostad"] = Gender.Unknown,
        ["Ustad"] = Gender.Unknown,
        // A master musician or teacher in Arabic, Persian, Urdu and Malay, worn before the name.
        ["Ustaz"] = Gender.Male,
        ["Ustad"] = Gender.Male,
        ["Ustadh"] = Gender.Male,
        ["Fr"] = Gender.Male,
        // Malaysian and Nigerian honorifics, written before the full name and dropped in later mentions.
        ["Datuk"] = Gender.Unknown,
        ["Dato"] = Gender.Unknown,
        ["Datin"] = Gender.Female,
        ["Tun"] = Gender.Unknown,
        // Ghana's and East Africa's "Madam" before an official's name, Fiji's chiefly "Ratu", a church's deaconess.
        ["Madam"] = Gender.Female,
        ["Ratu"] = Gender.Male,
        // Māori elders, before the name as a title ("Kaumātua X", "Kuia Y").
        ["Kaumātua"] = Gender.Unknown,
        ["Kaumatua"] = Gender.Unknown,
        ["Kuia"] = Gender.Female,
        ["Deaconess"] = Gender.Female,
        ["Alhaji"] = Gender.Male,
        ["Alhaja"] = Gender.Female,
        ["Hajiya"] = Gender.Female,
        ["Hajia"] = Gender.Female,
        // Uganda's "Hajji" and "Hajjat" for one who made the pilgrimage, worn before the name as Nigeria's "Alhaji" is.
        ["Hajji"] = Gender.Male,
        ["Hajjat"] = Gender.Female,
        // A priest in Portuguese, Spanish and Italian; an Orthodox abbot or senior priest.
        ["Padre"] = Gender.Male,
        ["Archimandrite"] = Gender.Male,
        // The Philippines' "Direk" for a film or stage director, "Engr." and "Atty." for an engineer and a lawyer, worn before
        // the name as "Dr" is; India's "Shri" and "Smt."; Swahili's "Mzee" for an elder.
        ["Direk"] = Gender.Unknown,
        ["Engr"] = Gender.Unknown,
        ["Atty"] = Gender.Unknown,
        ["Shri"] = Gender.Male,
        ["Smt"] = Gender.Female,
        ["Mzee"] = Gender.Male,
        // South Africa's and India's "Advocate" for a barrister, and the "Comrade" of unions and parties in Nigeria and
        // southern Africa, worn before the name.
        ["Advocate"] = Gender.Unknown,
        ["Adv"] = Gender.Unknown,
        ["Comrade"] = Gender.Unknown,
        // Ghana's "Opanin" for an elder; ranks of the nobility that are no surnames too (not "Baron", "Conte"); Italy's
        // "Maestro" for a conductor or master craftsman; the degrees Latin America and central Europe write before a name
        // ("Ing." an engineer, "Lic." a graduate, "Arq." an architect); "Hon." before a member of parliament or a minister.
        ["Opanin"] = Gender.Male,
        ["Countess"] = Gender.Female,
        ["Contessa"] = Gender.Female,
        ["Baroness"] = Gender.Female,
        ["Maestro"] = Gender.Unknown,
        ["Maestra"] = Gender.Female,
        ["Ing"] = Gender.Unknown,
        ["Lic"] = Gender.Unknown,
        ["Arq"] = Gender.Unknown,
        ["Hon"] = Gender.Unknown,
        // Czech and Slovak degrees written before the name: a master's, a lawyer's, a physician's, a doctorate in
        // philosophy or science, a bachelor's.
        ["Mgr"] = Gender.Unknown,
        ["JUDr"] = Gender.Unknown,
        ["MUDr"] = Gender.Unknown,
        ["PhDr"] = Gender.Unknown,
        ["RNDr"] = Gender.Unknown,
        ["Bc"] = Gender.Unknown,
        // Britain's police constables and detective chief inspectors, a brigadier, and the Philippines' village councillor,
        // each written before the name.
        ["PC"] = Gender.Unknown,
        ["PCSO"] = Gender.Unknown,
        ["DCI"] = Gender.Unknown,
        ["Brig"] = Gender.Unknown,
        ["Kagawad"] = Gender.Unknown,
        // Police ranks of Nigeria, India and Malaysia written before the name: superintendents and their assistants and
        // deputies, commissioners ("SP X", "ACP Y").
        ["SP"] = Gender.Unknown,
        ["ASP"] = Gender.Unknown,
        ["DSP"] = Gender.Unknown,
        ["CSP"] = Gender.Unknown,
        ["ACP"] = Gender.Unknown,
        ["DCP"] = Gender.Unknown,
        // Indonesian degrees worn as titles before the name ("Ir." an engineer, "Drs."/"Dra." a graduate).
        ["Ir"] = Gender.Unknown,
        ["Drs"] = Gender.Unknown,
        ["Dra"] = Gender.Female,
        // Malaysia's "Encik", "Puan" and "Cik" (Mr, Mrs, Miss); a nun's "Sister"/"Sr" and a cathedral's "Canon" before a
        // cleric's name; southern Africa's "Gogo" before a grandmother's.
        ["Encik"] = Gender.Male,
        ["Puan"] = Gender.Female,
        ["Cik"] = Gender.Female,
        ["Sister"] = Gender.Female,
        ["Sr"] = Gender.Female,
        ["Canon"] = Gender.Unknown,
        ["Gogo"] = Gender.Female,
        // Nigeria's "Barrister" before a lawyer's name; the "Paduka" of Malaysia's "Datin Paduka" and "Dato' Paduka".
        ["Barrister"] = Gender.Unknown,
        ["Paduka"] = Gender.Unknown,
        // Spanish "Doña" and Portuguese "Dona" before a woman's given name, the respect shown an elder or a matriarch. (Not
        // "Don", a given name in English.)
        ["Doña"] = Gender.Female,
        ["Dona"] = Gender.Female,
        // Tamil's "Thiru" and "Thirumathi" (Mr and Mrs) and the Sikh "Sardar" and "Sardarni", worn before the full name in India's
        // press; "HRH" before a royal or a traditional ruler; Nigeria's "Barr." for a barrister; the police ranks of Nigeria
        // and India written before the name (an assistant or deputy inspector-general, the inspector-general).
        ["Thiru"] = Gender.Male,
        ["Thirumathi"] = Gender.Female,
        ["Tmt"] = Gender.Female,
        ["Sardar"] = Gender.Male,
        ["Sardarni"] = Gender.Female,
        ["HRH"] = Gender.Unknown,
        ["Barr"] = Gender.Unknown,
        ["AIG"] = Gender.Unknown,
        ["DIG"] = Gender.Unknown,
        ["IGP"] = Gender.Unknown,
        // Hausa's "Malam" or "Mallam" (Mr, or a teacher), before the full name.
        ["Malam"] = Gender.Male,
        ["Mallam"] = Gender.Male,
        // Portuguese "Doutor"/"Doutora" (a graduate's or a doctor's title) and French "Maître" (a lawyer's or a notary's), written
        // before the full name; Australia's "Aunty" and "Auntie" before an Aboriginal or Torres Strait Islander elder's.
        ["Doutor"] = Gender.Male,
        ["Doutora"] = Gender.Female,
        ["Maître"] = Gender.Unknown,
        ["Aunty"] = Gender.Female,
        ["Auntie"] = Gender.Female,
        // Cambodia's "Oknha" (a title the king grants to tycoons), Samoa's "Afioga" (for a holder of a chiefly title) and
        // Myanmar's "Daw" (for a woman), each before the full name and dropped later.
        ["Oknha"] = Gender.Unknown,
        ["Afioga"] = Gender.Unknown,
        ["Daw"] = Gender.Female,
        // Amharic "Ato" (Mr), "Weyzero" (Mrs) and "Weyzerit" (Miss) in their common spellings; the Igbo king's "Igwe"; Māori
        // "Whaea" (aunt, for a woman teacher or elder): each before the full name, which is the person's without it.
        ["Ato"] = Gender.Male,
        ["Weyzero"] = Gender.Female,
        ["Woizero"] = Gender.Female,
        ["Weizero"] = Gender.Female,
        ["Weyzerit"] = Gender.Female,
        ["Woizerit"] = Gender.Female,
        ["Igwe"] = Gender.Male,
        ["Whaea"] = Gender.Female,
        // "His (or Her) Excellency" shortened, before an ambassador's, a minister's or a regional president's full name.
        ["H.E."] = Gender.Unknown,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Abbreviations whose full stop does not end a sentence.</summary>
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sen", "Rep", "Gen", "Col", "Capt", "Lt", "Sgt", "Maj", "Insp", "Det",
        "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Pte", "Pty", "Bhd", "Eng", "Plc", "No", "Gov", "Pres", "Adm", "Cmdr", "Supt", "vs", "Mt", "Ft", "Amb", "Fr",
        "Ir", "Drs", "Dra", "Engr", "Atty", "Smt", "Tmt", "Adv", "Ing", "Lic", "Arq", "Hon", "Brig", "Mgr", "JUDr", "MUDr", "PhDr", "RNDr", "Bc",
        // South and Southeast Asia's short forms of Muhammad ("Md. Rafiq", "Mohd. Hafiz", Indonesia's "Moh." and "Muh.") and
        // Malaysia's "Sdn. Bhd.".
        "Md", "Mohd", "Muhd", "Moh", "Muh", "Sdn",
        // The Philippines' short form of Maria ("Ma. Cristina", "Jose Ma. de los Reyes").
        "Ma",
    ], StringComparer.Ordinal);

    /// <summary>Letters after a name that are no part of it ("Jane Roe KC", "John Doe MP").</summary>
    private static readonly FrozenSet<string> PostNominals = FrozenSet.ToFrozenSet(
        ["KC", "QC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "AO", "OAM", "ONZM", "CNZM", "KNZM",
            // A magistrate, a deputy lieutenant, Nigeria's senior advocates, fellows of the Royal Societies, police medals.
            "JP", "DL", "SAN", "FRS", "FRSE", "QPM", "KPM",
            // A member of Ireland's Dáil ("Teachta Dála").
            "TD",
            // An officer's retirement after the rank ("Brig (Rtd) X").
            "Rtd", "Retd", "retd"], StringComparer.Ordinal);

    public static bool IsHonorific(string word) => Words.ContainsKey(word);

    /// <summary>
    /// "Haji", "Hadj", "Hajjah", "Haj": who has made the pilgrimage, in Indonesia, Malaysia, West Africa and Iran ("El Hadj" there). Before
    /// a name a title; after a given name ("Abdirahman Haji Farah") part of the name, so not an honorific wherever it stands.
    /// </summary>
    public static bool IsPilgrimTitle(string word) => word is "Haj" or "Hadj" or "Hadji" or "Haji" or "Hadja" or "Hajj" or "Hajja" or "Hajjah" or "Hajah";

    public static bool IsPostNominal(string word) => PostNominals.Contains(word);

    /// <summary>
    /// The ranks of the British and Irish peerage a peer is called by before the surname ("Baroness X", "Lord Y of Z"); not
    /// "Duke", whose title names a place and no surname ("Duke of Kent").
    /// </summary>
    public static bool IsPeerage(string word) =>
        word is "Lord" or "Lady" or "Baron" or "Baroness" or "Viscount" or "Viscountess" or "Earl" or "Countess" or "Marquess" or "Marchioness";

    public static Gender GenderOf(string word) => Words.TryGetValue(word, out var gender) ? gender : Gender.Unknown;

    /// <summary>Short forms of Muhammad and Maria that open a name and keep their full stop in it ("Md. Rafiq Ahmed", "Ma. Cristina").</summary>
    public static bool IsShortGivenName(string word) => word is "Md" or "Mohd" or "Muhd" or "Moh" or "Muh" or "Ma";

    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
