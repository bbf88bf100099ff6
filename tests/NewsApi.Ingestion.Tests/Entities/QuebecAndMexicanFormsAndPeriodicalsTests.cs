namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Quebec's and Mexico's legal forms; every name is invented.</summary>
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
}
