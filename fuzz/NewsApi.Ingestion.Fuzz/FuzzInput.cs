using System.Runtime.InteropServices;
using System.Text;

namespace NewsApi.Ingestion.Fuzz;

/// <summary>Turns AFL's bytes into the string the parser is given.</summary>
public static class FuzzInput
{
    /// <summary>
    /// UTF-8 as a rule, as the API reads its bodies; after a UTF-16LE byte-order mark the bytes are taken as raw UTF-16 code
    /// units, because no UTF-8 decoder ever yields a lone surrogate and the parser must survive those too.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> data)
    {
        if (data is [0xFF, 0xFE, ..])
        {
            var units = data[2..];
            return new string(MemoryMarshal.Cast<byte, char>(units[..(units.Length & ~1)]));
        }
        return Encoding.UTF8.GetString(data);
    }
}
