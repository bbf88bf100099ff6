namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Quebec's and Mexico's legal forms; periodicals named without a newspaper's word; every name is invented.</summary>
public sealed class QuebecAndMexicanFormsAndPeriodicalsTests
{
    [Theory]
    [InlineData("The tenants are represented by the firm Brassard Lemieux Tran s.e.n.c.r.l.", "Brassard Lemieux Tran s.e.n.c.r.l.")]
    [InlineData("Its parent, Placements Vermillon S.E.C., denied the claim on Monday.", "Placements Vermillon S.E.C.")]
    [InlineData("The plant was bought from Solaria Verde del Norte, S.A.P.I. de C.V. for about $90 million.", "Solaria Verde del Norte, S.A.P.I. de C.V.")]
    public void AQuebecOrMexicanFormClosesTheFirmsName(string sentence, string firm)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == firm || o.Aliases.Contains(firm));
        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith("S.A.P.I", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"The water is gone,\" she told the Kestrel Bay Correspondent on Friday.", "Kestrel Bay Correspondent")]
    [InlineData("\"It is a start,\" he told Marlow Valley Review. \"It is not a cure.\"", "Marlow Valley Review")]
    [InlineData("The station officer, Kofi Darte-Mensah, told Cedar City News that four fire tenders were sent.", "Cedar City News")]
    public void APeriodicalAfterToldIsAnOrganization(string sentence, string periodical)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == periodical);
        Assert.DoesNotContain(draft.People, p => p.Name == periodical);
    }
}
