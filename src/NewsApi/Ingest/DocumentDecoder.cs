using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace NewsApi.Ingest;

/// <summary>
/// Turns the bytes of a source document into text. A charset the sender names wins; text without one is UTF-8; HTML
/// without one follows the HTML standard's sniffing, shortened: byte order mark, then a meta charset in the first
/// 1024 bytes, then UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers assume for legacy pages).
/// Undecodable bytes become U+FFFD rather than an error: the parser copes, and one bad byte must not refuse a page.
/// </summary>
public static partial class DocumentDecoder
{
    private const int MetaPrescanBytes = 1024;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, DocumentKind kind)
    {
        var encoding = EncodingNamed(declaredCharset);
        if (encoding is null && kind == DocumentKind.Html)
        {
            encoding = FromByteOrderMark(bytes) ?? FromMetaCharset(bytes) ?? (Utf8.IsValid(bytes) ? Encoding.UTF8 : Windows1252);
        }
        return (encoding ?? Encoding.UTF8).GetString(bytes).TrimStart('\uFEFF');
    }

    /// <summary>
    /// The encoding a charset label names, or null when it names none we can use. Legacy Windows code pages come from
    /// the code-pages provider without registering it process-wide; UTF-7, disabled in .NET, is null and so read as UTF-8.
    /// </summary>
    public static Encoding? EncodingNamed(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }
        var label = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        // The HTML standard maps these labels to windows-1252: pages that say latin-1 are written in it in practice.
        if (label is "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252")
        {
            return Windows1252;
        }
        if (label is "utf-7" or "utf7" or "unicode-1-1-utf-7")
        {
            return null;
        }
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        _ => null,
    };

    /// <summary>`&lt;meta charset=x&gt;` or `&lt;meta http-equiv=content-type content="text/html; charset=x"&gt;`, read as ASCII.</summary>
    private static Encoding? FromMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaPrescanBytes)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }
        var encoding = EncodingNamed(match.Groups["charset"].Value);
        // A page whose meta could be read as ASCII is not UTF-16, whatever it says; the standard reads it as UTF-8.
        return encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;
    }

    // No match timeout: the input is at most MetaPrescanBytes, so the match is bounded anyway, and a wall-clock limit failed
    // healthy documents (and with them a whole seeding) whenever a loaded machine descheduled the thread for 100 ms.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?(?<charset>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
