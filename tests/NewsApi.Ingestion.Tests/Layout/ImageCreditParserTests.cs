using NewsApi.Ingestion.Layout.Images;

namespace NewsApi.Ingestion.Tests.Layout;

public sealed class ImageCreditParserTests
{
    [Theory]
    [InlineData("© REUTERS / Yasin Bulbul/Presidential Palace", "REUTERS / Yasin Bulbul/Presidential Palace")]
    [InlineData("© Sputnik / Mihail Rusu", "Sputnik / Mihail Rusu")]
    [InlineData("Photo: Jane Doe", "Jane Doe")]
    [InlineData("Image Credits: Semavale", "Semavale")]
    [InlineData("Photo / Supplied", "Supplied")]
    [InlineData("Jane Doe/Getty Images", "Jane Doe/Getty Images")]
    [InlineData("Jane Doe/AFP via Getty Images", "Jane Doe/AFP via Getty Images")]
    public void CreditLineLosesItsWrapping(string line, string credit)
    {
        Assert.True(ImageCreditParser.TryParseCreditLine(line, out var found));

        Assert.Equal(credit, found);
    }

    [Theory]
    [InlineData("A scanning electron microscope image of a lunar glass bead. Photograph: China University of Geosciences/Handout", "A scanning electron microscope image of a lunar glass bead.", "China University of Geosciences/Handout")]
    [InlineData("Residents load furniture on to a trailer. Photo: Sigrún Ólafsdóttir", "Residents load furniture on to a trailer.", "Sigrún Ólafsdóttir")]
    [InlineData("Workers at the port. Picture: Ann Lee", "Workers at the port.", "Ann Lee")]
    [InlineData("Workers at the port. Image: Ann Lee", "Workers at the port.", "Ann Lee")]
    [InlineData("Workers at the port. Credit: Ann Lee", "Workers at the port.", "Ann Lee")]
    [InlineData("The section of road where the boy was struck. Photo / Supplied", "The section of road where the boy was struck.", "Supplied")]
    [InlineData("Smoke and steam rise above the barriers. [File: Jónas Þórsson/Reuters]", "Smoke and steam rise above the barriers.", "Jónas Þórsson/Reuters")]
    [InlineData("A satellite image shows the new fissure. (Image credit: Nordic Volcano Watch)", "A satellite image shows the new fissure.", "Nordic Volcano Watch")]
    [InlineData("Protesters gather in central Paris. (Photo by Ann Lee/AFP)", "Protesters gather in central Paris.", "Ann Lee/AFP")]
    [InlineData("A woman holds a banner in Lisbon, March 19, 2022. (AP Photo/Caetano Bravo)", "A woman holds a banner in Lisbon, March 19, 2022.", "AP Photo/Caetano Bravo")]
    [InlineData("Protesters gather in central Paris. Ann Lee/Getty Images", "Protesters gather in central Paris.", "Ann Lee/Getty Images")]
    [InlineData("A police officer guards a closed road. © AFP / Kristján Haraldsson", "A police officer guards a closed road.", "AFP / Kristján Haraldsson")]
    [InlineData("An artist's rendering of the plant. (Courtesy of Cascadia Semiconductor)", "An artist's rendering of the plant.", "Cascadia Semiconductor")]
    [InlineData("Voters queue at a school in Ipoh, March 15, 2025. REUTERS/Mara Quist", "Voters queue at a school in Ipoh, March 15, 2025.", "REUTERS/Mara Quist")]
    [InlineData("[1/2] Voters queue at a school in Ipoh. REUTERS/Mara Quist Purchase Licensing Rights, opens new tab", "Voters queue at a school in Ipoh.", "REUTERS/Mara Quist")]
    public void CaptionAndCreditAreSplit(string line, string caption, string credit)
    {
        Assert.True(ImageCreditParser.TryParseCaptionWithCredit(line, out var foundCaption, out var foundCredit));

        Assert.Equal(caption, foundCaption);
        Assert.Equal(credit, foundCredit);
    }

    [Theory]
    [InlineData("Beijing also invested in the Syrian oil industry.")]
    [InlineData("The ratio rose to 3/4 of the total, the ministry said.")]
    public void ProseHasNoCredit(string line)
    {
        Assert.False(ImageCreditParser.TryParseCaptionWithCredit(line, out _, out _));
        Assert.False(ImageCreditParser.TryParseCreditLine(line, out _));
    }
}
