using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

internal static partial class OrganizationWords
{
    /// <summary>
    /// Words that open the names of Spanish- and Portuguese-speaking parties, movements, ministries and bands ("Alianza X",
    /// "Movimiento Y", "Secretaría de Cultura", "Banda X"), which the English head words above do not cover.
    /// </summary>
    private static readonly FrozenDictionary<string, string?> HeadWordsOfSpanishAndPortuguese = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Alianza"] = "party",
        ["Aliança"] = "party",
        ["Movimiento"] = null,
        ["Movimento"] = null,
        ["Coalición"] = "party",
        ["Coligação"] = "party",
        ["Frente"] = null,
        ["Secretaría"] = "ministry",
        ["Secretaria"] = "ministry",
        ["Banda"] = null,
        // Prosecutors', ombudsmen's and courts' offices, town councils ("Fiscalía de la Nación", "Defensoría del Pueblo",
        // "Juzgado de lo Mercantil", "Câmara Municipal de X"), which no English head word opens.
        ["Fiscalía"] = null,
        ["Defensoría"] = null,
        ["Procuraduría"] = null,
        ["Contraloría"] = null,
        ["Juzgado"] = null,
        ["Audiencia"] = null,
        ["Câmara"] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Last words of Brazilian, Portuguese and Spanish-speaking companies' names ("X Participações", "Y Investimentos",
    /// "Z Seguros", "W Gestão de Recursos"), as "Holdings" or "Insurance" close English ones.
    /// </summary>
    private static readonly FrozenSet<string> CompanyEndingsOfSpanishAndPortuguese = FrozenSet.ToFrozenSet(
    [
        "Participações", "Investimentos", "Seguros", "Engenharia", "Construções", "Alimentos", "Transportes", "Recursos",
        "Inversiones", "Construcciones", "Servicios", "Serviços", "Previdência",
    ], StringComparer.Ordinal);
}
