using System.Globalization;
using System.Text;
using CsCheck;

namespace NewsApi.Tests.Fuzzing;

/// <summary>Values chosen to break parsers, validators, SQL and FTS5 queries, routing and encoders.</summary>
public static class HostileValues
{
    /// <summary>Strings that are valid UTF-16 but hostile: injection payloads, Unicode edge cases, control characters.</summary>
    public static readonly string[] Strings =
    [
        "", " ", "\t", "\n", "\r\n", "\0", "a\0b", "\u0001\u0002\u0003\u001b[31m", "\u007f", "\u0085", "\u2028\u2029",
        "' OR 1=1 --", "'; DROP TABLE Articles; --", "\" OR \"\"=\"", "1' AND SLEEP(5)--", "admin'--", "%' OR '%'='",
        "') OR ('a'='a", "1;SELECT * FROM sqlite_master", "UNION SELECT NULL,NULL--",
        "NEAR(", "NEAR(a b", "a NEAR/2 b", "*", "**", "^", "^a", ":", "a:b", "title:x", "\"", "\"unterminated", "\"\"",
        "(", ")", "((((", "a AND", "OR", "NOT", "AND OR NOT", "-", "+", "{a b}:c", "a*b*", "'", "''", "\\", "\\\\'",
        "..", "../..", "../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "%00", "%2e%2e%2f", "..%2f..%2f",
        "%s%s%s%n", "{0}", "${jndi:ldap://x/a}", "{{7*7}}", "<script>alert(1)</script>", "]]><!--", "&amp;&#0;",
        "\r\nX-Injected: 1", "null", "undefined", "true", "NaN", "-Infinity", "[]", "{}",
        "😀", "🏳️‍🌈👨‍👩‍👧‍👦", "e\u0301\u0301\u0301\u0301", "\u202eevil", "\u200b\u200c\u200d\ufeff", "\u00a0\u00a0",
        "ﬁ", "İı", "ß", "Ǆ", "\uFFFD", "\uFFFF", "\uD800", "\uDFFF", "a\uD83D", "\uDE00b", "日本語のニュース", "مرحبا",
        "１２３", "١٢٣", "Ⅻ", "-0", "0", "-1", "1e309", "0x1F", "9223372036854775808", "-2147483649", "1.5",
    ];

    /// <summary>Already percent-encoded fragments sent as they are: invalid UTF-8, overlong forms, broken escapes, traversal.</summary>
    public static readonly string[] RawEncoded =
    [
        "%C3%28", "%A0%A1", "%E2%28%A1", "%F0%28%8C%BC", "%ED%A0%80", "%ED%BF%BF", "%FF%FE", "%C0%AF", "%E0%80%AF",
        "%F8%88%80%80%80", "%00", "%25", "%", "%zz", "%2", "..%2f", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%2e%2e%2f",
        "..%5c..%5c", "%252e%252e%252f", "%u002e", "a%00b", "%0d%0aX-Injected:%201", "%F0%9F%98%80", "%EF%BB%BF",
        "%27%20OR%201%3D1%20--", "NEAR%28", "%2A", "%5E", "%3A", "%22",
    ];

    /// <summary>Byte sequences that are not UTF-8, for bodies.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0xBC], [0xED, 0xA0, 0x80], [0xFF], [0xFE, 0xFF],
        [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xC2], [0xF4, 0x90, 0x80, 0x80], [0x00],
    ];

    /// <summary>Numbers as text that an int, a long or a bool binder could choke on.</summary>
    public static readonly string[] Numbers =
    [
        "-1", "0", "-0", "1.5", "0.0001", "1e3", "1e309", "-1e309", "NaN", "Infinity", "2147483647", "2147483648",
        "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "99999999999999999999999999999",
        "0x10", "+5", " 5", "5 ", "5,0", "1_000", "١", "５", "", "abc", "true", "null", "[]", "%00", "1%00",
    ];

    public static readonly Gen<string> String = Gen.OneOf(Strings);

    /// <summary>Long strings: repeated payloads or letters, up to the given length.</summary>
    public static Gen<string> Long(int maxLength) =>
        Gen.Select(Gen.Int[1, maxLength], Gen.OneOf("a", "é", "😀", "' OR 1=1 -- ", "NEAR(", "\"", "a-", "\0", " "),
            (length, unit) => Repeat(unit, length));

    /// <summary>Schema-free text: mostly words, with hostile values and long runs mixed in.</summary>
    public static Gen<string> Text(int maxLength) =>
        Gen.Frequency(
            (4, Words),
            (3, String),
            (1, Long(maxLength)),
            (1, Gen.Char.Array[0, 40].Select(chars => new string(chars))),
            (1, Gen.Select(Words, String, Words, (a, b, c) => a + b + c)));

    public static readonly Gen<string> Words =
        Gen.OneOf("port", "strike", "minister", "talks", "water", "rail", "link", "election", "court", "syria", "china",
                "deal", "energy", "harbour", "the", "and", "of", "news", "agency", "rain", "bank", "cocoa", "trail")
            .Array[1, 4].Select(words => string.Join(' ', words));

    /// <summary>Percent-encodes every byte outside RFC 3986's unreserved set, so any string travels in a path or query.</summary>
    public static string Encode(string value)
    {
        var text = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
            }
        }
        return text.ToString();
    }

    public static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }
        return text.ToString();
    }
}
