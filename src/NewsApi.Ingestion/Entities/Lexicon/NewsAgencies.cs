using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>The world's wire services: generic knowledge that a bare "Reuters" or "Xinhua" is a news agency.</summary>
internal static class NewsAgencies
{
    private static readonly FrozenSet<string> Names = FrozenSet.ToFrozenSet(
    [
        "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Agence France Presse",
        "Xinhua", "TASS", "Tass", "ITAR-TASS", "Sputnik", "RIA Novosti", "RIA", "Interfax", "Bloomberg", "dpa", "DPA", "ANSA",
        "EFE", "Kyodo", "Kyodo News", "Yonhap", "PTI", "Press Trust of India", "ANI", "IANS", "UPI", "United Press International",
        "Anadolu", "Anadolu Agency", "IRNA", "Tasnim", "Fars", "KCNA", "Bernama", "Antara", "APA", "Ukrinform", "UNIAN",
        "BelTA", "Kazinform", "WAFA", "SANA", "MENA", "KUNA", "WAM", "SPA", "QNA", "BNA", "AAP", "CNA",
        "Jiji", "Jiji Press", "Prensa Latina", "Notimex", "Agencia Brasil", "Telam", "PAP", "CTK", "MTI", "BTA", "Agerpres",
        "Moldpres", "Infotag", "HINA", "Tanjug", "STA", "LETA", "ELTA", "BNS", "NTB", "TT", "Ritzau", "STT", "Belga", "ANP",
        "APA-OTS", "Keystone-SDA", "AGI", "Adnkronos", "Europa Press", "Lusa", "ANA-MPA", "Thomson Reuters",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Case aside ("REUTERS/Ann Lee" in a credit), except for the acronyms: "Leta" is a given name, only "LETA" the agency.
    /// </summary>
    public static bool IsAgency(string name) =>
        Names.TryGetValue(name, out var listed) && (!IsAcronym(listed) || string.Equals(name, listed, StringComparison.Ordinal));

    // "ITAR-TASS" is written "Itar-Tass" as often: only a short single word in capitals reads as a word otherwise.
    private static bool IsAcronym(string word) => word.Length is > 1 and <= 5 && word.All(char.IsUpper);
}
