using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsApi.Ingestion.Layout.Images;

internal static partial class ImageCreditParser
{
    // The headline's candidates, the tail's start and the zones ask of the same lines whether they end in a credit, each
    // through the credit regexes: the answer depends on the text alone, so it is kept per line's text on each thread for one
    // parse (LayoutParser forgets it when it starts the next), and bounded in count.
    [ThreadStatic]
    private static Dictionary<string, (bool Found, string Caption, string Credit)>? t_captions;

    private const int MaxRememberedCaptions = 4096;

    /// <summary>Drops the answers kept so far, so that a parse pays for the lines it reads and never gains from an earlier document's.</summary>
    public static void ForgetAnswers() => t_captions?.Clear();

    private static bool RememberedCaption(string line, out string caption, out string credit)
    {
        var answers = t_captions ??= new(StringComparer.Ordinal);
        ref var known = ref CollectionsMarshal.GetValueRefOrNullRef(answers, line);
        if (!Unsafe.IsNullRef(ref known))
        {
            (caption, credit) = (known.Caption, known.Credit);
            return known.Found;
        }
        var found = ReadCaptionWithCredit(line, out caption, out credit);
        if (answers.Count >= MaxRememberedCaptions)
        {
            answers.Clear();
        }
        answers[line] = (found, caption, credit);
        return found;
    }
}
