using System.Text;
using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Html;

/// <summary>Turns an HTML page's bytes into text the way browsers settle its encoding.</summary>
/// <remarks>
/// Order of trust, as in the HTML standard's encoding sniffing: a byte-order mark; the transport's charset (the
/// Content-Type header); a <c>&lt;meta charset&gt;</c> or http-equiv in the first 1024 bytes; else UTF-8 when the
/// bytes are valid UTF-8 (pages re-saved as UTF-8 often keep an old Latin-1 meta, so valid UTF-8 is checked before
/// a meta that names a single-byte encoding); else windows-1252, the web's default for unlabelled pages.
/// </remarks>
public static partial class HtmlDecoder
{
    private const int PrescanBytes = 1024;

    static HtmlDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? transportEncoding = null)
    {
        if (Encoding.UTF8.Preamble.Length > 0 && bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        if (transportEncoding is not null)
        {
            return transportEncoding.GetString(bytes);
        }
        var declared = DeclaredInMeta(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        if (declared is not null && !IsSingleByteLatin(declared))
        {
            return declared.GetString(bytes);
        }
        if (IsValidUtf8(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }
        return (declared ?? Encoding.GetEncoding(1252)).GetString(bytes);
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static bool IsSingleByteLatin(Encoding encoding) => encoding.CodePage is 1252 or 28591 or 28605 or 20127;

    private static Encoding? DeclaredInMeta(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var match = MetaCharset().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var name = match.Groups["name"].Value.Trim().ToLowerInvariant();
        // The HTML standard reads a declared UTF-16 in a page that was decoded as ASCII-compatible bytes as UTF-8.
        if (name.StartsWith("utf-16", StringComparison.Ordinal) || name == "utf-7")
        {
            return Encoding.UTF8;
        }
        // The web's labels: "latin1" and "iso-8859-1" and "ascii" all mean windows-1252 in browsers.
        if (name is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252")
        {
            return Encoding.GetEncoding(1252);
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]{0,200}?charset\s*=\s*[""']?(?<name>[A-Za-z0-9_\-:.]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
