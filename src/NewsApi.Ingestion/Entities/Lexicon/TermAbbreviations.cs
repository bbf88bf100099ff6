using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>
/// Abbreviations of things, measures and notations ("AI", "VPN", "PDF"), which are written in capitals like the acronym of
/// a body and which the tagger, trained on news where capitals mostly are bodies, reads as organizations. Only those that
/// name nothing else: "CCTV" is also a broadcaster, "HIV" and "AIDS" are annotated as bodies in the training data.
/// </summary>
internal static class TermAbbreviations
{
    private static readonly FrozenSet<string> Terms = FrozenSet.ToFrozenSet(
    [
        "AI", "AGI", "VPN", "PDF", "OLED", "LED", "LCD", "GPS", "USB", "DNA", "RNA", "GDP", "GNP", "IPO", "CEO", "CFO", "COO",
        "CTO", "ETF", "ESG", "SUV", "EV", "TV", "PC", "URL", "API", "SMS", "MRI", "ICU", "VAT", "ATM", "LNG", "LPG",
        "CPU", "GPU", "SSD", "NFT", "PPE", "PCR", "IVF", "GMO", "QR", "HDR", "VR", "OTC", "EPS", "EBITDA", "CPI",
        "EBIT", "CAGR", "ROI", "ROE", "AUM", "NGO", "NGOs", "GDPR", "SME", "SMEs",
        // Anti-money-laundering and know-your-customer rules; file formats a page offers for download.
        "AML", "KYC", "ZIP", "MP3", "MP4", "CSV",
        // Diseases, an air-quality index, a paper's identifier, a cricket format and its rain rule, a sales tax, a family
        // doctor, a music genre: the tagger reads them as bodies in the stories that use them.
        "TB", "HFMD", "AQI", "DOI", "ODI", "DLS", "GST", "GP", "EDM",
    ], StringComparer.Ordinal);

    // ISO 4217 codes, which name a body only as "the Bank of ...": read as currencies beside an amount ("SEK 96.35", "9,000 CFA
    // francs"). Codes that are also common acronyms of bodies ("PEN" the writers' association) are left out.
    private static readonly FrozenSet<string> CurrencyCodes = FrozenSet.ToFrozenSet(
    [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "RSD",
        "UAH", "RUB", "TRY", "INR", "PKR", "BDT", "LKR", "NPR", "IDR", "MYR", "SGD", "THB", "VND", "PHP", "KRW", "TWD", "HKD",
        "AUD", "NZD", "FJD", "CAD", "MXN", "BRL", "ARS", "CLP", "COP", "UYU", "BOB", "ZAR", "NGN", "KES", "GHS", "UGX", "TZS",
        "ETB", "EGP", "XOF", "XAF", "CFA", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "ILS", "KZT", "GEL", "AMD", "AZN",
    ], StringComparer.Ordinal);

    public static bool IsCurrencyCode(string word) => CurrencyCodes.Contains(word);

    // Units of data, power and energy, written in capitals like a body's acronym.
    private static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
        ["KB", "MB", "GB", "TB", "MW", "GW", "MWH", "GWH", "TWH", "MWh", "GWh", "TWh", "MVA", "KV", "MHZ", "GHZ"], StringComparer.Ordinal);

    public static bool IsUnit(string word) => Units.Contains(word);

    public static bool IsTerm(string word) => Terms.Contains(word);

    // Academic degrees, written in mixed case ("PhD", "MSc"), which the tagger takes for a body's acronym. "MD", "BA" and
    // "MA" are left out: a managing director, an airline, a state.
    private static readonly FrozenSet<string> Degrees = FrozenSet.ToFrozenSet(
    [
        "PhD", "Ph.D", "DPhil", "MPhil", "MSc", "BSc", "DSc", "MBA", "MPH", "LLB", "LLM", "MEng", "BEng", "EdD",
    ], StringComparer.Ordinal);

    public static bool IsDegree(string word) => Degrees.Contains(word);

    /// <summary>A degree or a thing's abbreviation: "PhD student X", "AI engineer X" name no employer before the title.</summary>
    public static bool NamesNothing(string word) => IsDegree(word) || IsTerm(word);
}
