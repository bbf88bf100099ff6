using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsApi.Ingestion.Layout.Chrome;

internal static partial class ChromeDetector
{
    // The layout, headline and list steps ask about the same lines again and again in one parse, and the answers depend on
    // the text alone: kept per line's text, bounded in count and in each line's length (a paragraph is soon ruled out by its
    // length anyway). Keyed by content, not by instance: a string's identity hash is set in its header on first use, which
    // cost more than hashing a short line.
    [ThreadStatic]
    private static Dictionary<string, byte>? t_answers;
    private const int MaxRememberedLines = 4096;
    private const byte TrainedAnswer = 1;
    private const byte ChromeAnswer = 4;

    // Two bits per question: asked, then the answer.
    private static bool Remembered(string line, byte question, Func<string, bool> ask)
    {
        if (line.Length > MaxPrefixLineLength)
        {
            return ask(line);
        }
        var answers = t_answers ??= new Dictionary<string, byte>(StringComparer.Ordinal);
        ref var known = ref CollectionsMarshal.GetValueRefOrNullRef(answers, line);
        if (!Unsafe.IsNullRef(ref known) && (known & question) != 0)
        {
            return (known & (question << 1)) != 0;
        }
        var answer = ask(line);
        if (answers.Count >= MaxRememberedLines)
        {
            answers.Clear();
        }
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(answers, line, out _);
        slot |= (byte)(question | (answer ? question << 1 : 0));
        return answer;
    }
}
