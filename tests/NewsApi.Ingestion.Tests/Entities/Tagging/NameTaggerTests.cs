using NewsApi.Ingestion.Entities;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;
using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Entities.Tagging;

public class NameTaggerTests
{
    private static List<(NameType Type, string Name)> Names(string sentence)
    {
        var unit = new TextUnit(0, TextZone.Body, sentence);
        var labels = NameTagger.Default.Tag(unit.Tokens, out _);
        return NameLabels.Spans(labels).Select(span => (span.Type, unit.Join(span.Start, span.End))).ToList();
    }

    [Fact]
    public void EmbeddedModelTagsPeopleOrganizationsAndPlacesInPlainProse()
    {
        var names = Names("Angela Merkel met Emmanuel Macron in Paris on Tuesday before talks at the World Bank.");

        Assert.Contains((NameType.Person, "Angela Merkel"), names);
        Assert.Contains((NameType.Person, "Emmanuel Macron"), names);
        Assert.Contains((NameType.Place, "Paris"), names);
        Assert.Contains((NameType.Organization, "World Bank"), names);
        Assert.DoesNotContain(names, name => name.Name == "Tuesday");
    }

    [Fact]
    public void LowerCaseWordsAreNeverTagged()
    {
        var unit = new TextUnit(0, TextZone.Body, "the minister said prices would rise in the north of the country next year.");

        Assert.All(NameTagger.Default.Tag(unit.Tokens, out _), label => Assert.Equal(NameLabel.Outside, label));
    }

    [Fact]
    public void TaggingIsDeterministicAcrossThreads()
    {
        const string Sentence = "Officials at Petrobras and the Bank of Japan spoke to Maria Fernanda Lopes in Sao Paulo.";
        var expected = Names(Sentence);

        var results = new List<(NameType, string)>[8];
        Parallel.For(0, results.Length, i => results[i] = Names(Sentence));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void SpansFollowBioAndAnInsideLabelNeverContinuesAnotherType()
    {
        NameLabel[] labels = [NameLabel.BeginPerson, NameLabel.InsidePerson, NameLabel.Outside, NameLabel.BeginPlace, NameLabel.BeginOrganization, NameLabel.InsideOrganization];

        Assert.Equal(
            [new NameSpan(0, 2, NameType.Person), new NameSpan(3, 4, NameType.Place), new NameSpan(4, 6, NameType.Organization)],
            NameLabels.Spans(labels));
        Assert.False(NameLabels.CanFollow(NameLabel.BeginPerson, NameLabel.InsidePlace));
        Assert.True(NameLabels.CanFollow(NameLabel.BeginPlace, NameLabel.InsidePlace));
    }

    [Fact]
    public void ModelFileRoundTripsItsWeights()
    {
        var weights = new Dictionary<ulong, float[]>
        {
            [42] = [0.5f, -1.25f, 2f, 0f, 0f, 0f, 3.5f],
            [7] = [-0.75f, 0f, 0f, 1f, 0f, 0f, 0f],
        };
        using var file = new MemoryStream();
        NameModel.Write(file, weights);
        file.Position = 0;

        var model = NameModel.Read(file);
        var scores = new float[NameLabels.Count];
        model.AddTo(42, scores);
        model.AddTo(7, scores);
        model.AddTo(99, scores);

        Assert.Equal(2, model.FeatureCount);
        Assert.Equal([-0.25f, -1.25f, 2f, 1f, 0f, 0f, 3.5f], scores);
    }

    [Fact]
    public void TruncatedModelFileIsRefusedWithATypedError()
    {
        using var file = new MemoryStream();
        NameModel.Write(file, new Dictionary<ulong, float[]> { [1] = new float[NameLabels.Count] });
        var bytes = file.ToArray();
        using var decompressed = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress))
        {
            brotli.CopyTo(decompressed);
        }
        using var truncated = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(truncated, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(decompressed.ToArray().AsSpan(0, (int)decompressed.Length - 3));
        }
        truncated.Position = 0;

        Assert.Throws<InvalidDataException>(() => NameModel.Read(truncated));
    }

    [Theory]
    [InlineData("The contract went to a consortium led by Zorvan Kettleby after a year of talks.", "Zorvan Kettleby")]
    [InlineData("Speaking to reporters, Bolat Zhaksylykov refused to comment further.", "Bolat Zhaksylykov")]
    [InlineData("The squad: Mark Taylor (captain), Ricky Ponting, Tom Moody, Ian Healy.", "Tom Moody")]
    public void ScannerWithTheTaggerFindsAPersonTheRulesAloneMiss(string sentence, string name)
    {
        var layout = new DocumentLayout { Headline = "", HeadlineDerived = true, Body = [sentence] };

        var rulesOnly = EntityExtractor.Extract(layout, GazetteerKnowledge.Instance, tagger: null);
        var withTagger = EntityExtractor.Extract(layout, GazetteerKnowledge.Instance, NameTagger.Default);

        Assert.DoesNotContain(rulesOnly.People, person => person.Name == name);
        Assert.Contains(withTagger.People, person => person.Name == name);
    }
}
