using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsApi.Paging;

namespace NewsApi.Articles;

/// <summary>
/// Where a keyset page starts: the sort it belongs to, the sort key of the last item seen and its id as the tie-breaker.
/// Sent to clients as base64url JSON; versioned so that the shape can change without misreading old cursors.
/// </summary>
/// <param name="Sort">The list's sort, e.g. "newest"; a cursor is refused under any other sort.</param>
/// <param name="Key">Integer sort key (UTC ticks for dates); null where the item has none (no date).</param>
/// <param name="Id">Id of the last item seen.</param>
/// <param name="Score">Floating sort key (a relevance rank), for sorts that need one.</param>
public sealed record PageCursor(string Sort, long? Key, int Id, double? Score = null)
{
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public string Encode() =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Payload(CurrentVersion, Sort, Key, Score, Id), Json));

    /// <summary>The cursor a client sent, or <see cref="InvalidCursorException"/> saying why it cannot be used for <paramref name="expectedSort"/>.</summary>
    public static PageCursor Decode(string text, string expectedSort)
    {
        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(text), Json);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new InvalidCursorException("The cursor is not one this API issued; use the 'next' cursor of a previous answer unchanged.");
        }
        if (payload is null || payload.V != CurrentVersion || payload.S is null || payload.I <= 0)
        {
            throw new InvalidCursorException("The cursor is not one this API issued, or comes from an older version of it; start again from the first page.");
        }
        if (!string.Equals(payload.S, expectedSort, StringComparison.Ordinal))
        {
            throw new InvalidCursorException($"The cursor belongs to sort={payload.S}, not sort={expectedSort}; keep the sort while paging, or start again from the first page.");
        }
        if (payload.R is double score && !double.IsFinite(score))
        {
            throw new InvalidCursorException("The cursor is not one this API issued; use the 'next' cursor of a previous answer unchanged.");
        }
        return new PageCursor(payload.S, payload.K, payload.I, payload.R);
    }

    private sealed record Payload(
        [property: JsonPropertyName("v")] int V,
        [property: JsonPropertyName("s")] string? S,
        [property: JsonPropertyName("k")] long? K,
        [property: JsonPropertyName("r")] double? R,
        [property: JsonPropertyName("i")] int I);
}
