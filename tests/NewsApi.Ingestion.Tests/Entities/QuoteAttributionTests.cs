namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Every way a quotation gets its speaker, with names made up for the purpose.</summary>
public sealed class QuoteAttributionTests
{
    [Fact]
    public void SurnameAfterTheQuoteResolvesToTheFullName()
    {
        var extraction = EntityArticle.FromBody(
            "Adaeze Okonkwo, a senior economist at the Lagos Policy Institute, said inflation had peaked.",
            "\"Prices will fall slowly through the winter,\" Okonkwo said.");

        var quote = extraction.Quote("Prices will fall slowly");
        Assert.Equal("Adaeze Okonkwo", quote.Speaker);
        Assert.False(quote.Partial);
        Assert.Contains("Okonkwo", extraction.Person("Adaeze Okonkwo").Aliases);
        Assert.Contains(PersonRole.Quoted, extraction.Person("Adaeze Okonkwo").Roles);
    }

    [Theory]
    [InlineData("We cannot let the harbour silt up again,\" ministry spokesman Halvor Brekkestad said.")]
    [InlineData("We cannot let the harbour silt up again,\u201D ministry spokesman Halvor Brekkestad said.")]
    public void ASpeakerAfterTheCloseOfAQuoteFromTheParagraphBeforeIsNotQuoted(string closingParagraph)
    {
        // A quotation over two paragraphs opens in the first and closes in the second: the name after the close is read.
        var draft = NewsDocumentParser.Parse(
            "Dredging plan approved\n\n\"All of us who use the port need the channel deep.\n\n" + closingParagraph);

        Assert.Contains(draft.People, person => person.Name == "Halvor Brekkestad");
    }

    [Fact]
    public void APersonNamedInQuotedSpeechIsMentionedButATitleInQuotesIsNoPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            State visit planned for spring

            "President Kwiatkowski plans to visit Italy on an invitation from President Orsolya Maravigna and will meet the prime minister," the ministry said.

            The novel "Henrietta Lowell" was on the table during the talks.
            """);

        Assert.Contains(draft.People, person => person.Name == "Orsolya Maravigna");
        Assert.DoesNotContain(draft.People, person => person.Name == "Henrietta Lowell");
    }

    [Fact]
    public void SaidBeforeTheNameAttributesTheQuote()
    {
        var extraction = EntityArticle.FromBody(
            "\"The core samples are older than we thought,\" said Teodora Vasquez-Lind, a geologist at the Uppsala Polytechnic Institute.");

        Assert.Equal("Teodora Vasquez-Lind", extraction.Quote("core samples").Speaker);
        Assert.Equal("Uppsala Polytechnic Institute", extraction.Person("Teodora Vasquez-Lind").Organization);
    }

    [Fact]
    public void ToldAfterTheQuoteAttributesItToTheSpeakerNotTheListener()
    {
        var extraction = EntityArticle.FromBody(
            "Harbour master Cormac Brannigan said the quay would reopen.",
            "\"We lost two cranes in the storm,\" Brannigan told Reuters.");

        Assert.Equal("Cormac Brannigan", extraction.Quote("two cranes").Speaker);
        Assert.Equal("news agency", extraction.Organization("Reuters").Kind);
    }

    [Fact]
    public void AccordingToAttributesTheQuote()
    {
        var extraction = EntityArticle.FromBody(
            "The dam is \"at the very edge of its design limits,\" according to Mireille Fontaine-Bastide, a hydrologist.");

        var quote = extraction.Quote("very edge");
        Assert.Equal("Mireille Fontaine-Bastide", quote.Speaker);
        Assert.True(quote.Partial);
    }

    [Fact]
    public void QuotedAsSayingAttributesTheQuote()
    {
        var extraction = EntityArticle.FromBody(
            "Deputy Premier Osei Agyeman-Duah met the delegation on Tuesday.",
            "\"Our ports are open to every partner,\" Agyeman-Duah was quoted as saying.");

        Assert.Equal("Osei Agyeman-Duah", extraction.Quote("ports are open").Speaker);
    }

    [Fact]
    public void SaidInAStatementAttributesTheQuote()
    {
        var extraction = EntityArticle.FromBody(
            "\"Dock workers should not carry the cost,\" union general secretary Radomir Kostelecky said in a statement.");

        var person = extraction.Person("Radomir Kostelecky");
        Assert.Equal("Radomir Kostelecky", extraction.Quote("Dock workers").Speaker);
        Assert.Equal("union general secretary", person.Title);
    }

    [Fact]
    public void ColonIntroducesAQuoteOfTheSpeakerBeforeIt()
    {
        var extraction = EntityArticle.FromBody(
            "Ragnhild Sæther-Holm, chair of the fisheries board, said: \"The quota is a ceiling, not a target.\"");

        Assert.Equal("Ragnhild Sæther-Holm", extraction.Quote("quota is a ceiling").Speaker);
    }

    [Fact]
    public void SheResolvesToTheLastWomanNamedNotTheLastPerson()
    {
        var extraction = EntityArticle.FromBody(
            "Ms Okafor-Reyes, who leads the audit, spoke after Mr Albrecht Vollmer had left.",
            "Ms Ifeoma Okafor-Reyes chairs the committee.",
            "Mr Albrecht Vollmer, the treasurer, declined to comment.",
            "\"The accounts do not balance,\" she said.");

        Assert.Equal("Ifeoma Okafor-Reyes", extraction.Quote("accounts do not balance").Speaker);
    }

    [Fact]
    public void HeResolvesToTheMostRecentlyNamedPerson()
    {
        var extraction = EntityArticle.FromBody(
            "Professor Ingrid Solheim said the ice sheet was thinning.",
            "Tomasz Wierzbicki-Nowak, a glaciologist at the Arctic Research Centre, disagreed.",
            "\"The data cover only three summers,\" he said.");

        Assert.Equal("Tomasz Wierzbicki-Nowak", extraction.Quote("three summers").Speaker);
    }

    [Fact]
    public void TheExpertResolvesToThePersonWhoseTitleFits()
    {
        var extraction = EntityArticle.FromBody(
            "Defense Minister Halvard Rustad-Moe opened the talks.",
            "Nils Ekberg-Vang, senior research fellow at the Polar Security Institute, said the talks mattered.",
            "The minister left early.",
            "\"It is a first step, nothing more,\" the expert told the newspaper Nordlig Tidende.");

        Assert.Equal("Nils Ekberg-Vang", extraction.Quote("first step").Speaker);
    }

    [Fact]
    public void TheMinisterResolvesToTheMinisterEvenAfterAnotherSpeaker()
    {
        var extraction = EntityArticle.FromBody(
            "Finance Minister Aurelio Campos-Ferraz presented the budget.",
            "\"It is balanced,\" said Lidia Strazzari, an analyst at Fenice Capital.",
            "\"We will not borrow to pay salaries,\" the minister added.");

        Assert.Equal("Aurelio Campos-Ferraz", extraction.Quote("not borrow").Speaker);
        Assert.Equal("Lidia Strazzari", extraction.Quote("It is balanced").Speaker);
    }

    [Fact]
    public void QuoteSplitAroundItsAttributionBelongsToOneSpeaker()
    {
        var extraction = EntityArticle.FromBody(
            "Chief Executive Oskar Lindqvist-Berg said the firm would cut costs.",
            "\"We are not going to hide from this,\" Lindqvist-Berg told Reuters. \"But the numbers leave no choice.\"");

        Assert.Equal("Oskar Lindqvist-Berg", extraction.Quote("not going to hide").Speaker);
        Assert.Equal("Oskar Lindqvist-Berg", extraction.Quote("numbers leave no choice").Speaker);
    }

    [Fact]
    public void ConsecutiveQuotesInOneParagraphKeepTheirSpeakers()
    {
        var extraction = EntityArticle.FromBody(
            "Mayor Beatriz Olmedo-Ruiz and councillor Tobias Renk argued at the session.",
            "\u201CWe need the bridge,\u201D Olmedo-Ruiz said. \u201CWe need the money first,\u201D Renk replied.");

        Assert.Equal("Beatriz Olmedo-Ruiz", extraction.Quote("need the bridge").Speaker);
        Assert.Equal("Tobias Renk", extraction.Quote("money first").Speaker);
    }

    [Fact]
    public void PartialQuoteInsideASentenceIsMarkedPartial()
    {
        var extraction = EntityArticle.FromBody(
            "Trade Minister Valeriu Ciobanu welcomed the deal, saying it would \"open doors for small exporters\" within a year.");

        var quote = extraction.Quote("open doors for small exporters");
        Assert.True(quote.Partial);
        Assert.Equal("Valeriu Ciobanu", quote.Speaker);
        Assert.Equal("Trade Minister", extraction.Person("Valeriu Ciobanu").Title);
    }

    [Fact]
    public void ScareQuotesAreNotQuotations()
    {
        var extraction = EntityArticle.FromBody(
            "\"Green bonds\" could mean almost anything, said Hedda Asmussen, a strategist at Kielwasser Securities.",
            "The so-called \"bridge loan\" was never signed.");

        Assert.DoesNotContain(extraction.Quotes, quote => quote.Text.Contains("Green bonds", StringComparison.Ordinal));
        Assert.DoesNotContain(extraction.Quotes, quote => quote.Text.Contains("bridge loan", StringComparison.Ordinal));
    }

    [Fact]
    public void QuoteParagraphWithoutAttributionBelongsToTheSpeakerJustNamed()
    {
        var extraction = EntityArticle.FromBody(
            "Dr Anneliese Brandauer of the Alpine Climate Observatory said the glacier had lost a fifth of its mass.",
            "\"Nothing in the record compares with the last ten years.\"");

        Assert.Equal("Anneliese Brandauer", extraction.Quote("Nothing in the record").Speaker);
    }

    [Fact]
    public void QuoteAttributedToAnOrganizationHasNoPersonSpeaker()
    {
        var extraction = EntityArticle.FromBody(
            "Karsten Oye, a trader, watched the auction.",
            "\"The auction is suspended until further notice,\" the Nordic Timber Exchange said.");

        Assert.Null(extraction.Quote("auction is suspended").Speaker);
    }

    [Fact]
    public void QuoteTextHasNoQuoteMarksAndNoTrailingComma()
    {
        var extraction = EntityArticle.FromBody("\u201CWe will rebuild the pier,\u201D said Padraig Mulcahy-Byrne, the harbour master.");

        Assert.Equal("We will rebuild the pier", extraction.Quote("rebuild the pier").Text);
    }

    [Fact]
    public void PartialQuoteWithoutASpeakerInItsSentenceHasNoSpeaker()
    {
        var extraction = EntityArticle.FromBody(
            "President Amadou Sall-Ndiaye announced a fund for farmers. Critics called it \"too little, too late.\"");

        Assert.Null(extraction.Quote("too little").Speaker);
    }

    [Fact]
    public void HyphenatedTitleBeforeTheNameAttributesAPartialQuote()
    {
        var extraction = EntityArticle.FromBody(
            "The Central Bank of Arcadia (CBL) urged action. CBL Vice-President Tomé Barreira said delays were \"costly for everyone.\"");

        var person = extraction.Person("Tomé Barreira");
        Assert.Equal("Vice-President", person.Title);
        Assert.Equal("Central Bank of Arcadia", person.Organization);
        Assert.Equal("Tomé Barreira", extraction.Quote("costly for everyone").Speaker);
    }

    [Fact]
    public void NationalityNounResolvesToThePersonJustNamed()
    {
        var extraction = EntityArticle.FromBody(
            "Kestrel Rovers coach Arne Slotboom praised his side.",
            "\"It is never easy here,\" the Dutchman said.");

        Assert.Equal("Arne Slotboom", extraction.Quote("never easy").Speaker);
        Assert.DoesNotContain(extraction.Organizations, o => o.Name == "Dutchman");
    }

    [Fact]
    public void QuoteEndingItsSentenceTakesNothingFromTheNextSentence()
    {
        var extraction = EntityArticle.FromBody(
            "Majority Leader Charles Whitmore called the vote \"a victory for common sense.\" Minority Leader Dana Rourke said both sides had \"stepped back from the brink.\"");

        Assert.Equal("Charles Whitmore", extraction.Quote("victory for common sense").Speaker);
        Assert.Equal("Dana Rourke", extraction.Quote("stepped back").Speaker);
    }

    [Fact]
    public void FullStopOfAnAbbreviationDoesNotEndTheSentence()
    {
        var extraction = EntityArticle.FromBody(
            "Sen. Randall Pike, R-Ky., said lawmakers had once again \"kicked the can down the road.\"");

        Assert.Equal("Randall Pike", extraction.Quote("kicked the can").Speaker);
    }

    [Fact]
    public void NameWithAnArticleThatSpeaksIsAnOrganizationNotAPerson()
    {
        var extraction = EntityArticle.FromBody(
            "Mayor Leona Brandvold opened the bridge.",
            "\"The bridge is safe,\" the Harbour Bridge Trust said. The Green Lantern said in a statement it would reopen.");

        Assert.Null(extraction.Quote("bridge is safe").Speaker);
        Assert.Single(extraction.Organizations, o => o.Name == "Green Lantern");
        Assert.Equal("Leona Brandvold", Assert.Single(extraction.People).Name);
    }

    [Fact]
    public void TitleOfAWorkInQuotesIsNotAQuotation()
    {
        var extraction = EntityArticle.FromBody(
            "Novelist Adaora Nwankwo-Eze wrote \"The Harmattan Road\" in 1968 and \"Salt and Silence\" a decade later.");

        Assert.Empty(extraction.Quotes);
        var person = extraction.Person("Adaora Nwankwo-Eze");
        Assert.Equal("Novelist", person.Title);
    }

    [Fact]
    public void AnInterviewTranscriptsAnswersAreTheSubjectsQuotationsAndItsQuestionsAreNot()
    {
        var draft = NewsDocumentParser.Parse("""
            Batteries change jobs: a founder on recycling

            Interview by Ewa Sobczak-Lenz

            When Đỗ Thị Thanh Hương founded her recycling company in a rented warehouse in 2019, most used batteries ended up in landfill.

            Ewa Sobczak-Lenz: Where did the idea come from?

            Đỗ Thị Thanh Hương: From my grandmother's kitchen, honestly. She kept every battery in a biscuit tin.

            Sobczak-Lenz: Scrap dealers still handle most of the market. You compete with them.

            Thanh Hương: We don't compete, we hire them. About 600 collectors now sell to us.
            """);

        Assert.Equal(2, draft.Quotes.Count);
        Assert.All(draft.Quotes, quote => Assert.Equal("Đỗ Thị Thanh Hương", quote.Speaker));
        Assert.StartsWith("From my grandmother's kitchen", draft.Quotes[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("We don't compete", draft.Quotes[1].Text, StringComparison.Ordinal);
        Assert.Contains(draft.People, p => p.Name == "Đỗ Thị Thanh Hương" && p.Roles.Contains(PersonRole.Quoted));
    }

    [Fact]
    public void APhraseInASentenceOpenedByAccordingToIsAPartialQuotation()
    {
        var draft = NewsDocumentParser.Parse("""
            Farmers win land case

            According to Samuel Kariuki, a senior partner at Kariuki & Otieno Advocates, the company bought the land "in good faith" from a registered owner.
            """);

        var quote = Assert.Single(draft.Quotes);
        Assert.Equal("in good faith", quote.Text);
        Assert.True(quote.Partial);
        Assert.Equal("Samuel Kariuki", quote.Speaker);
    }
}
