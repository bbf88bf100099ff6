using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NewsApi.Infrastructure;

namespace NewsApi.Tests.Infrastructure;

public sealed class MergePatchTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Every example of RFC 7396 appendix A.</summary>
    [Theory]
    [InlineData("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"a":null}""", """{}""")]
    [InlineData("""{"a":"b","b":"c"}""", """{"a":null}""", """{"b":"c"}""")]
    [InlineData("""{"a":["b"]}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"c"}""", """{"a":["b"]}""", """{"a":["b"]}""")]
    [InlineData("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [InlineData("""{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""")]
    [InlineData("""["a","b"]""", """["c","d"]""", """["c","d"]""")]
    [InlineData("""{"a":"b"}""", """["c"]""", """["c"]""")]
    [InlineData("""{"a":"foo"}""", "null", "null")]
    [InlineData("""{"a":"foo"}""", "\"bar\"", "\"bar\"")]
    [InlineData("""{"e":null}""", """{"a":1}""", """{"e":null,"a":1}""")]
    [InlineData("""[1,2]""", """{"a":"b","c":null}""", """{"a":"b"}""")]
    [InlineData("""{}""", """{"a":{"bb":{"ccc":null}}}""", """{"a":{"bb":{}}}""")]
    public void ApplyFollowsTheRfcExamples(string original, string patch, string expected)
    {
        var result = MergePatch.Apply(JsonNode.Parse(original), JsonNode.Parse(patch));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), result), $"Got {result?.ToJsonString() ?? "null"}");
    }

    [Fact]
    public void ApplyLeavesTheTargetAndPatchUntouched()
    {
        var target = JsonNode.Parse("""{"a":{"b":"c"},"d":[1]}""");
        var patch = JsonNode.Parse("""{"a":{"b":null},"d":[2]}""");

        MergePatch.Apply(target, patch);

        Assert.Equal("""{"a":{"b":"c"},"d":[1]}""", target!.ToJsonString());
        Assert.Equal("""{"a":{"b":null},"d":[2]}""", patch!.ToJsonString());
    }

    [Fact]
    public void TryApplyChangesOnlyTheNamedMembersOfARequest()
    {
        var current = new Sample("Old", "keep", ["x", "y"], new SampleChild("c", 1));

        var ok = MergePatch.TryApply(current, Parse("""{"name":"New","tags":["z"],"child":{"count":2}}"""), Options, out var patched, out var error);

        Assert.True(ok, error?.Message);
        Assert.Equal(new Sample("New", "keep", ["z"], new SampleChild("c", 2)) with { Tags = patched!.Tags }, patched);
        Assert.Equal(["z"], patched.Tags);
    }

    [Fact]
    public void NullClearsAnOptionalMember()
    {
        var current = new Sample("Old", "note", [], null);

        Assert.True(MergePatch.TryApply(current, Parse("""{"note":null}"""), Options, out var patched, out _));
        Assert.Null(patched!.Note);
        Assert.Equal("Old", patched.Name);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    public void APatchThatIsNotAnObjectIsRejected(string patch)
    {
        var ok = MergePatch.TryApply(new Sample("a", null, [], null), Parse(patch), Options, out _, out var error);

        Assert.False(ok);
        Assert.Equal("", error!.Path);
    }

    [Fact]
    public void AnUnknownMemberIsRejectedWithItsPath()
    {
        var ok = MergePatch.TryApply(new Sample("a", null, [], null), Parse("""{"id":7}"""), Options, out _, out var error);

        Assert.False(ok);
        Assert.Equal("id", error!.Path);
        Assert.DoesNotContain("Sample", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownNestedMemberIsRejectedWithItsPath()
    {
        var ok = MergePatch.TryApply(new Sample("a", null, [], new SampleChild("c", 1)), Parse("""{"child":{"secret":true}}"""), Options, out _, out var error);

        Assert.False(ok);
        Assert.Equal("child.secret", error!.Path);
    }

    [Fact]
    public void AWrongTypeIsRejectedWithItsPath()
    {
        var ok = MergePatch.TryApply(new Sample("a", null, ["x"], null), Parse("""{"tags":[1]}"""), Options, out _, out var error);

        Assert.False(ok);
        Assert.StartsWith("tags", error!.Path, StringComparison.Ordinal);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record Sample(string Name, string? Note, IReadOnlyList<string> Tags, SampleChild? Child);

    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record SampleChild(string Code, int Count);
}
