namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Catalan surnames joined by "i", and handles joined by an underscore; every name is invented.</summary>
public sealed class NameParticleAndHandleTests
{
    [Fact]
    public void ACatalanNameKeepsBothSurnamesJoinedByI()
    {
        var draft = NewsDocumentParser.Parse("""
            Dockers walk out in Tarragona

            "They want us to sign it as if it were a pay rise," union general secretary Mireia Berenguer i Ventosa told reporters outside the port on Monday.

            Berenguer said the strike would last until Friday.
            """);

        Assert.Contains(draft.People, p => p.Name == "Mireia Berenguer i Ventosa");
        Assert.DoesNotContain(draft.People, p => p.Name is "Mireia Berenguer" or "Ventosa");
    }

    [Fact]
    public void AHandleJoinedByAnUnderscoreNamesNoPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Probe leaves for a comet

            The probe lifted off on Monday night, the agency said, and will reach the comet in 2033 after two flybys of Earth.

            The mission's manager, Roser Ostrander, said the spacecraft was healthy.

            Quima_S — Proud of the students who built the dust detector. Great work!
            """);

        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith("Quima", StringComparison.Ordinal));
    }
}
