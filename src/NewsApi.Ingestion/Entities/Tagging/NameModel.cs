using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsApi.Ingestion.Entities.Tagging;

/// <summary>
/// The trained weights: one row of label weights per feature key, in an open-addressing table (a key of 0 marks an empty
/// slot). The file is Brotli-compressed: "NAMETAG1", the label count, the feature count, the keys in ascending order,
/// then each key's weights as half-precision floats.
/// </summary>
internal sealed class NameModel : IFeatureWeights
{
    public const string ResourceName = "NewsApi.Ingestion.Entities.Tagging.names.model";
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("NAMETAG1");

    // Each key beside its own weights: a lookup touches one slot's cache line, not one in each of three arrays.
    private readonly Slot[] slots;
    private readonly int mask;
    private readonly int featureCount;

    private struct Slot
    {
        public ulong Key;
        public LabelWeights Weights;
    }

    [InlineArray(NameLabels.Count)]
    private struct LabelWeights
    {
        private float first;
    }

    private NameModel(ulong[] keys, float[] weights)
    {
        // Room for one and a half times the keys, not twice: the table of 142,643 features is 10.5 MB half full instead of
        // 21 MB three quarters empty, so more of it stays in the cache beside the rest of the parse, and probes stay short.
        // Where a key sits changes, not which keys the table holds: every score is the same.
        var capacity = 1;
        while (capacity < keys.Length + (keys.Length / 2))
        {
            capacity <<= 1;
        }
        capacity = Math.Max(capacity, 2);
        mask = capacity - 1;
        slots = new Slot[capacity];
        featureCount = keys.Length;
        for (var k = 0; k < keys.Length; k++)
        {
            var slot = (int)(keys[k] & (ulong)mask);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }
            slots[slot].Key = keys[k];
            weights.AsSpan(k * NameLabels.Count, NameLabels.Count).CopyTo(slots[slot].Weights);
        }
    }

    public int FeatureCount => featureCount;

    public void AddTo(ulong feature, Span<float> scores)
    {
        if (Find(feature) is var slot and >= 0)
        {
            AddRow(slot, scores);
        }
    }

    /// <summary>
    /// Reads every feature's first slot before any row is added: the table is megabytes, far beyond the first two cache levels,
    /// so nearly every slot is a miss, and loads that neither branch nor wait on each other let the processor fetch them side by side.
    /// </summary>
    public void AddAll(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ulong firstKeys = 0;
        foreach (var feature in features)
        {
            firstKeys |= slots[(int)(feature & (ulong)mask)].Key;
        }
        // A feature's probe starts at its first slot and stops at an empty one: with all of them empty, no feature is known.
        if (firstKeys == 0)
        {
            return;
        }
        foreach (var feature in features)
        {
            if (Find(feature) is var slot and >= 0)
            {
                AddRow(slot, scores);
            }
        }
    }

    private void AddRow(int slot, Span<float> scores)
    {
        ReadOnlySpan<float> row = slots[slot].Weights;
        for (var l = 0; l < row.Length; l++)
        {
            scores[l] += row[l];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong feature)
    {
        var slot = (int)(feature & (ulong)mask);
        while (true)
        {
            var key = slots[slot].Key;
            if (key == feature)
            {
                return slot;
            }
            if (key == 0)
            {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    public static NameModel LoadEmbedded()
    {
        using var stream = typeof(NameModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The name tagger's model '{ResourceName}' is not embedded.");
        return Read(stream);
    }

    // Compiled optimized at once: the first, unoptimized compilation ran the million-element loops below at a fraction of the speed.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NameModel Read(Stream compressed)
    {
        // Decompressed whole and read as spans: element-by-element reads through the decompressor took most of a second.
        using var decompressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionMode.Decompress))
        {
            brotli.CopyTo(decompressed);
        }
        var bytes = decompressed.GetBuffer().AsSpan(0, (int)decompressed.Length);
        if (bytes.Length < Magic.Length + 8 || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a name tagger model.");
        }
        var labelCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[Magic.Length..]);
        if (labelCount != NameLabels.Count)
        {
            throw new InvalidDataException($"The model has {labelCount} labels; this tagger knows {NameLabels.Count}.");
        }
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[(Magic.Length + 4)..]);
        var keysAt = Magic.Length + 8;
        var weightsAt = keysAt + (count * sizeof(ulong));
        if (count < 0 || bytes.Length != weightsAt + (count * labelCount * sizeof(ushort)))
        {
            throw new InvalidDataException("The name tagger model is truncated.");
        }
        var keys = new ulong[count];
        for (var k = 0; k < count; k++)
        {
            keys[k] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(keysAt + (k * sizeof(ulong)))..]);
        }
        var weights = new float[count * labelCount];
        for (var w = 0; w < weights.Length; w++)
        {
            weights[w] = (float)BitConverter.UInt16BitsToHalf(BinaryPrimitives.ReadUInt16LittleEndian(bytes[(weightsAt + (w * sizeof(ushort)))..]));
        }
        return new NameModel(keys, weights);
    }

    /// <summary>Writes weights in the embedded format; keys are sorted so that the same weights always give the same bytes.</summary>
    public static void Write(Stream destination, IReadOnlyDictionary<ulong, float[]> weights)
    {
        using var brotli = new BrotliStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli);
        writer.Write(Magic);
        writer.Write(NameLabels.Count);
        var keys = weights.Keys.Order().ToArray();
        writer.Write(keys.Length);
        foreach (var key in keys)
        {
            writer.Write(key);
        }
        foreach (var key in keys)
        {
            foreach (var weight in weights[key])
            {
                writer.Write(BitConverter.HalfToUInt16Bits((Half)weight));
            }
        }
    }
}
