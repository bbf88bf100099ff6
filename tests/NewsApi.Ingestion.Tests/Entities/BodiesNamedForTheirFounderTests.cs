namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A business or a society named for its founder, the founder's possessive part of its name; every name is invented.</summary>
public sealed class BodiesNamedForTheirFounderTests
{
    [Theory]
    [InlineData("The van was towed by Quarrie's Towing & Salvage Ltd. on Monday.", "Quarrie's Towing & Salvage Ltd.")]
    [InlineData("Staff at Ferrabee's Shoe Depot Inc. reported the theft on Friday.", "Ferrabee's Shoe Depot Inc.")]
    [InlineData("He was given a bed at the Ottilie's Place Society shelter on Harle Street.", "Ottilie's Place Society")]
    [InlineData("The owners said Pemberdale's Bakery on Quay Street will close after 60 years.", "Pemberdale's Bakery")]
    public void TheFoundersPossessiveIsPartOfTheName(string sentence, string name)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == name || o.Aliases.Contains(name));
        var withoutFounder = name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain(draft.Organizations, o => o.Name == withoutFounder || o.Name == withoutFounder.TrimEnd('.'));
    }

    [Theory]
    [InlineData("Norway's Fisheries Directorate said the quota would be cut.", "Norway's Fisheries Directorate")]
    [InlineData("Britain's Fair Trading Commission said the deal could go ahead.", "Britain's Fair Trading Commission")]
    [InlineData("The Ministry's Audit Office said the accounts were in order.", "Ministry's Audit Office")]
    [InlineData("Talia Verrost founded the firm in 1990. Verrost's Logistics Group now employs 40 people.", "Verrost's Logistics Group")]
    [InlineData("Supporters of Ostravel's Democratic Renewal Party marched on Sunday.", "Ostravel's Democratic Renewal Party")]
    public void APlacesABodysAKnownPersonsOrALeadersPossessiveSaysWhoseTheBodyIs(string sentence, string notAName)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == notAName || o.Aliases.Contains(notAName));
    }
}
