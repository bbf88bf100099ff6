using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

internal static partial class OrganizationWords
{
    /// <summary>
    /// Legal forms of the Gulf's and Lebanon's companies, written after the name with their full stops ("X Healthcare
    /// Q.P.S.C.", "Y Systems W.L.L.", "Z Works S.A.L."): Qatar's public and private shareholding companies, the Gulf's company
    /// with limited liability, Lebanon's société anonyme, Bahrain's, Oman's and Kuwait's shareholding companies.
    /// </summary>
    private static readonly FrozenSet<string> LegalFormsOfTheGulf = FrozenSet.ToFrozenSet(
    [
        "Q.P.S.C", "QPSC", "Q.S.C", "QSC", "W.L.L", "WLL", "S.A.L", "B.S.C", "S.A.O.G", "SAOG", "S.A.O.C", "SAOC", "K.S.C.P", "KSCP", "K.S.C",
    ], StringComparer.Ordinal);
}
