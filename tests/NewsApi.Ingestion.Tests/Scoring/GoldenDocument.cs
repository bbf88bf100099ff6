using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Ingestion.Tests.Scoring;

/// <summary>
/// One <c>*.golden.json</c> file as the corpus README defines it. A field that is absent states nothing and is not
/// checked; a scalar field that is present as <c>null</c> is wrapped in <see cref="Stated{T}"/> so that "must be null"
/// stays distinguishable from "not stated".
/// </summary>
public sealed record GoldenDocument
{
    public string? Document { get; init; }
    public string? Notes { get; init; }

    public Stated<string?>? Headline { get; init; }
    public bool? HeadlineDerived { get; init; }
    public IReadOnlyList<string>? HeadlineMustMention { get; init; }
    public Stated<string?>? Standfirst { get; init; }
    public Stated<string?>? Section { get; init; }

    /// <summary>A UTC instant ("2021-01-16T00:44:00Z") or a date alone ("2021-01-16").</summary>
    public Stated<string?>? PublishedAt { get; init; }
    public Stated<string?>? Source { get; init; }
    public Stated<string?>? Dateline { get; init; }
    public IReadOnlyList<string>? Byline { get; init; }
    public IReadOnlyList<GoldenContributor>? Contributors { get; init; }

    public Stated<string?>? Lead { get; init; }
    public int? BodyParagraphs { get; init; }
    public IReadOnlyList<string>? BodyMustNotContain { get; init; }
    public IReadOnlyList<string>? BodyMustNotContainCharacters { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }
    public IReadOnlyList<GoldenImage>? Images { get; init; }
    public IReadOnlyList<string>? Related { get; init; }

    public IReadOnlyList<GoldenPerson>? People { get; init; }
    public IReadOnlyList<GoldenPerson>? OptionalPeople { get; init; }
    public IReadOnlyList<GoldenOrganization>? Organizations { get; init; }
    public IReadOnlyList<GoldenOrganization>? OptionalOrganizations { get; init; }
    public IReadOnlyList<string>? Places { get; init; }
    public IReadOnlyList<string>? OptionalPlaces { get; init; }
    public IReadOnlyList<GoldenQuote>? Quotes { get; init; }
    public IReadOnlyList<string>? NotQuotes { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        Converters = { new StatedConverterFactory() },
    };

    /// <summary>Unknown fields are rejected so that a misspelt field in a golden file cannot silently check nothing.</summary>
    public static GoldenDocument Parse(string json) =>
        JsonSerializer.Deserialize<GoldenDocument>(json, Options)
        ?? throw new JsonException("A golden file must be a JSON object, not null.");

    public static GoldenDocument Load(string path) => Parse(File.ReadAllText(path));
}

public sealed record GoldenContributor(string Name, string Role);

public sealed record GoldenImage(string CaptionStartsWith, string? Credit);

public sealed record GoldenPerson
{
    public required string Name { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }
    public string? TitleContains { get; init; }
    public string? Organization { get; init; }

    /// <summary>Where the person appears when not in the body: "byline", "image caption", "image credit", "credits".</summary>
    [JsonPropertyName("in")]
    public string? In { get; init; }
}

public sealed record GoldenOrganization
{
    public required string Name { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }
    public string? Kind { get; init; }
    public string? Parent { get; init; }
}

public sealed record GoldenQuote
{
    public required string Speaker { get; init; }
    public required string TextStartsWith { get; init; }
    public bool? Partial { get; init; }
}

/// <summary>A value the golden file states explicitly, possibly as null.</summary>
public sealed record Stated<T>(T Value);

internal sealed class StatedConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Stated<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(StatedConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class StatedConverter<T> : JsonConverter<Stated<T>>
    {
        // Without this a JSON null would become a null Stated, indistinguishable from an absent field.
        public override bool HandleNull => true;

        public override Stated<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<T>(ref reader, options)!);

        public override void Write(Utf8JsonWriter writer, Stated<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, options);
    }
}
