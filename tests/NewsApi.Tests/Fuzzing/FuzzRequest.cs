using System.Globalization;
using System.Text;

namespace NewsApi.Tests.Fuzzing;

/// <summary>Who sends a request: decides which key goes in X-Api-Key.</summary>
public enum Caller
{
    Anonymous,
    UnknownKey,
    Editor,
    Admin,
}

/// <summary>What goes in If-Match; <see cref="Current"/> is resolved by a GET just before sending.</summary>
public enum IfMatchMode
{
    None,
    Any,
    Current,
    Stale,
    Garbage,
}

/// <summary>Why a request must be refused before it can write anything; <see cref="None"/> means it may write.</summary>
public enum RefusalReason
{
    None,
    NoKey,
    UnknownKey,
    RoleTooLow,
    MalformedBody,
    WrongContentType,
    MissingOrStaleIfMatch,
}

/// <summary>
/// One generated request, fully described by value so that CsCheck can print it and a seed regenerates it exactly.
/// <see cref="PathAndQuery"/> is sent byte for byte: it is already percent-encoded, hostile sequences included.
/// </summary>
public sealed record FuzzRequest(
    OpenApiOperation Operation,
    string Path,
    string Query,
    Caller Caller,
    IfMatchMode IfMatch,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? ContentType,
    byte[]? Body,
    string BodyKind,
    bool PathShaped,
    RefusalReason Refusal)
{
    public string Method => Operation.Method;

    public string PathAndQuery => Query.Length == 0 ? Path : Path + "?" + Query;

    /// <summary>True when the request was built so that the API must refuse it without storing anything.</summary>
    public bool MustNotWrite => !Operation.IsWrite || Refusal != RefusalReason.None || !Operation.Secured;

    public override string ToString() => Describe(maxBodyBytes: 300);

    public string Describe(int maxBodyBytes)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Method} {Truncate(PathAndQuery, 600)}  [{Operation.OperationId}, caller {Caller}, refusal {Refusal}, body {BodyKind}]\n");
        foreach (var (name, value) in Headers)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {name}: {Truncate(Preview(Encoding.UTF8.GetBytes(value), 200), 400)}\n");
        }
        if (IfMatch != IfMatchMode.None)
        {
            text.Append(CultureInfo.InvariantCulture, $"  If-Match: <{IfMatch}>\n");
        }
        if (ContentType is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"  Content-Type: {ContentType}\n");
        }
        if (Body is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"  body ({Body.Length} bytes): {Preview(Body, maxBodyBytes)}\n");
        }
        return text.ToString();
    }

    /// <summary>The first bytes of a body, printable ASCII as is and everything else as \xNN, so invalid UTF-8 shows.</summary>
    public static string Preview(ReadOnlySpan<byte> body, int maxBytes)
    {
        var text = new StringBuilder();
        foreach (var b in body[..Math.Min(body.Length, maxBytes)])
        {
            if (b is >= 0x20 and < 0x7f and not (byte)'\\')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
            }
        }
        if (body.Length > maxBytes)
        {
            text.Append(CultureInfo.InvariantCulture, $"... (+{body.Length - maxBytes} bytes)");
        }
        return text.ToString();
    }

    private static string Truncate(string value, int max) =>
        value.Length <= max ? value : string.Concat(value.AsSpan(0, max), $"... (+{value.Length - max} chars)");
}
