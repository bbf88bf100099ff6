using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace NewsApi.Changes;

/// <summary>
/// The position in the change feed a client continues from: the last sequence number it saw, base64url-encoded so that
/// clients treat it as opaque and the encoding can change without breaking anyone who does.
/// </summary>
public static class ChangeCursor
{
    private const string Prefix = "c1:";

    public static string Encode(long sequence) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence a cursor names, or null when the text is not a cursor this API issued.</summary>
    public static long? Decode(string text)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
        var decoded = Encoding.ASCII.GetString(bytes);
        if (!decoded.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var digits = decoded.AsSpan(Prefix.Length);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence >= 0 ? sequence : null;
    }
}
