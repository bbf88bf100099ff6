namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Legal forms of the Gulf and Lebanon, a plural's possessive inside a body's name, a backer's modifier before a name,
/// Spanish and Portuguese offices no English head word opens, a short name and its full name joined by an en dash, and a
/// paper whose first word is a feature's; every name is invented.
/// </summary>
public sealed class GulfFormsPossessivesAndBackersTests
{
    [Theory]
    [InlineData("The equipment will be supplied by Zarqa Falcon Logistics W.L.L. and two local firms.", "Zarqa Falcon Logistics W.L.L.")]
    [InlineData("He named the winning consortium: Cedrane Marine Works S.A.L. on Monday.", "Cedrane Marine Works S.A.L.")]
    [InlineData("The operator Veyra Clinics Q.P.S.C. said it would open two wards.", "Veyra Clinics Q.P.S.C.")]
    public void AGulfOrLebaneseFormClosesTheFirmsName(string sentence, string firm)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == firm || o.Aliases.Contains(firm));
        Assert.DoesNotContain(draft.Places, p => firm.StartsWith(p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The case was sent to the Fiscalía de Delitos Ambientales on Tuesday.", "Fiscalía de Delitos Ambientales")]
    [InlineData("Talks would continue through the Defensoría del Ciudadano, the ombudsman's office.", "Defensoría del Ciudadano")]
    [InlineData("The Secretaría para el Desarrollo Rural said the roads would reopen.", "Secretaría para el Desarrollo Rural")]
    public void ASpanishOfficeIsAnOrganization(string sentence, string office)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == office);
        Assert.DoesNotContain(draft.Places, p => p == office);
    }
}
