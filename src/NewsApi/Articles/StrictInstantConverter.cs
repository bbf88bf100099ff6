using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Articles;

/// <summary>
/// Reads an instant from a request; an unreadable one is a JsonException, which the serializer reports with its path
/// ("publishedAt"), where a FormatException would reach the client as an error without a field.
/// </summary>
public sealed class StrictInstantConverter : JsonConverter<DateTimeOffset>
{
    private static readonly UtcDateTimeOffsetConverter Writer = new();

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant;
        }
        throw new JsonException("Not an ISO 8601 date and time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        Writer.Write(writer, value, options);
}
