namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Legal forms of the Gulf and Lebanon, a plural's possessive inside a body's name, a backer's modifier before a name,
/// Spanish and Portuguese offices no English head word opens, a short name and its full name joined by an en dash, a
/// paper whose first word is a feature's, and a remit after a second "of the"; every name is invented.
/// </summary>
public sealed class GulfFormsPossessivesAndBackersTests
{
    [Theory]
    [InlineData("The equipment will be supplied by Zarqa Falcon Logistics W.L.L. and two local firms.", "Zarqa Falcon Logistics W.L.L.")]
    [InlineData("He named the winning consortium: Cedrane Marine Works S.A.L. on Monday.", "Cedrane Marine Works S.A.L.")]
    [InlineData("The tender was won by Orvessa Port Services K.S.C.P. on Monday.", "Orvessa Port Services K.S.C.P.")]
    public void AGulfOrLebaneseFormClosesTheFirmsName(string sentence, string firm)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == firm || o.Aliases.Contains(firm));
        Assert.DoesNotContain(draft.Places, p => firm.StartsWith(p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Northmere Fund for Widows' Relief said on Monday that it would pay the grants.", "Northmere Fund for Widows' Relief")]
    [InlineData("A complaint was filed by the Dunmarra Coalition for Tenants' Dignity last week.", "Dunmarra Coalition for Tenants' Dignity")]
    [InlineData("Delegates of the Lusca Assembly of Workers' Power met in the capital.", "Lusca Assembly of Workers' Power")]
    public void APluralsPossessiveAfterForOrOfIsInsideTheBodysName(string sentence, string body)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == body);
    }

    [Theory]
    [InlineData("The Ministry of Justice's Fraud Office opened an inquiry on Monday.", "Ministry of Justice's Fraud Office")]
    [InlineData("The Ministry of Health's Chief Inspector said the wards were safe.", "Ministry of Health's Chief Inspector")]
    public void APossessiveBeforeABodyOrATitleStillEndsTheName(string sentence, string notOne)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == notOne);
    }

    [Theory]
    [InlineData("Shares of Al Tamar-backed Sadeem Trading LLC rose 4 per cent on Sunday.", "Sadeem Trading LLC", "Al Tamar")]
    [InlineData("The Morvenna-affiliated Hanami Ammonia K.K. will buy half the output.", "Hanami Ammonia K.K.", "Morvenna")]
    public void ABackersModifierOpensNoName(string sentence, string firm, string backer)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == firm || o.Aliases.Contains(firm));
        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith(backer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The complaint was upheld by the Contraloría de la Provincia on Tuesday.", "Contraloría de la Provincia")]
    [InlineData("Talks would continue through the Defensoría del Ciudadano, the ombudsman's office.", "Defensoría del Ciudadano")]
    [InlineData("The Secretaría para el Desarrollo Rural said the roads would reopen.", "Secretaría para el Desarrollo Rural")]
    public void ASpanishOfficeIsAnOrganization(string sentence, string office)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == office);
        Assert.DoesNotContain(draft.Places, p => p == office);
    }

    [Fact]
    public void APeoplesModifierBeforeAPlaceIsLeftToThePlace()
    {
        var draft = EntityArticle.ParseSentence("Troops patrolled Indian-controlled Brennock Valley on Monday.");

        Assert.Contains(draft.Places, p => p == "Indian-controlled Brennock Valley");
    }

    [Theory]
    [InlineData("Studies by researchers at the Velmar – Northern Institute of Mining found the seam.", "Velmar – Northern Institute of Mining")]
    [InlineData("The survey, by a team of ORTA – University Institute of Kestria, was published on Friday.", "ORTA – University Institute of Kestria")]
    public void AShortNameAndItsFullNameJoinedByAnEnDashAreOneBody(string sentence, string body)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == body);
    }

    [Fact]
    public void APapersNameOpenedByAFeaturesWordAfterToldIsThePaper()
    {
        var draft = EntityArticle.ParseSentence("\"We see rail as the backbone,\" the fund's chief investment officer told Gulf Evening Herald.");

        Assert.Contains(draft.Organizations, o => o.Name == "Gulf Evening Herald");
        Assert.DoesNotContain(draft.Places, p => p == "Gulf Evening Herald");
    }

    [Theory]
    [InlineData("The appeal went to the Velmaro Court of Justice of the Nation on Monday.", "Velmaro Court of Justice of the Nation")]
    [InlineData("The suit was filed by the Dunmarra Centre for Legal Defence of the Desert last week.", "Dunmarra Centre for Legal Defence of the Desert")]
    public void ARemitAfterASecondOfTheIsInsideTheBodysName(string sentence, string body)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == body);
    }

    [Fact]
    public void AParentBodyAfterASecondOfTheIsNoPartOfTheName()
    {
        var draft = EntityArticle.ParseSentence("The Velmaro Institute for Fiscal Studies of the University of Kestria published the survey.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith("Velmaro Institute for Fiscal Studies of the", StringComparison.Ordinal));
    }
}
