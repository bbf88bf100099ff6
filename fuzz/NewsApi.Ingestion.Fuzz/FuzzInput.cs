using System.Buffers;
using System.Text;

namespace NewsApi.Ingestion.Fuzz;

/// <summary>Turns AFL's bytes into the string the parser is given.</summary>
public static class FuzzInput
{
    /// <summary>
    /// UTF-8, as the API reads its bodies, with one extension (WTF-8): a surrogate encoded on its own (ED A0..BF 80..BF) is
    /// kept as that lone UTF-16 code unit instead of U+FFFD. No UTF-8 decoder yields one, but a string read any other way
    /// can hold one, and the parser must survive it. Other invalid bytes become U+FFFD as usual.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> data)
    {
        var text = new StringBuilder(data.Length);
        Span<char> units = stackalloc char[2];
        var i = 0;
        while (i < data.Length)
        {
            if (data[i] == 0xED && i + 2 < data.Length && data[i + 1] is >= 0xA0 and <= 0xBF && data[i + 2] is >= 0x80 and <= 0xBF)
            {
                text.Append((char)(0xD000 | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F)));
                i += 3;
                continue;
            }
            var status = Rune.DecodeFromUtf8(data[i..], out var rune, out var consumed);
            var written = (status == OperationStatus.Done ? rune : Rune.ReplacementChar).EncodeToUtf16(units);
            text.Append(units[..written]);
            i += consumed;
        }
        return text.ToString();
    }
}
