using System.Diagnostics;
using System.Globalization;
using NewsApi.Ingestion.Tests.Properties;
using SharpFuzz;

namespace NewsApi.Ingestion.Fuzz;

/// <summary>
/// Under afl-fuzz: parses each input and reports a crash when the parser throws anything but its typed errors, breaks an
/// invariant of <see cref="DraftInvariants"/> (text) or <see cref="HtmlDraftInvariants"/> (HTML), or takes longer than
/// FUZZ_SLOW_MS (a hang in all but name).
/// `dotnet NewsApi.Ingestion.Fuzz.dll [text|html]`: the fuzzing target, the text path (<see cref="NewsDocumentParser.Parse"/>,
/// the default) or the HTML path (<see cref="NewsDocumentParser.ParseHtml"/>).
/// `dotnet NewsApi.Ingestion.Fuzz.dll replay [html] FILE...`: runs saved inputs (AFL's crashes and hangs) and prints what each does.
/// </summary>
public static class Program
{
    private static readonly TimeSpan SlowLimit = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SLOW_MS"), CultureInfo.InvariantCulture, out var ms) ? ms : 2000);

    // The first input of a process also pays for JIT and for loading the gazetteer, so it is not timed.
    private static bool warm;

    public static int Main(string[] args)
    {
        if (args is ["replay", .. var rest])
        {
            var (replayHtml, files) = rest is ["html", .. var htmlFiles] ? (true, htmlFiles) : (false, rest);
            // Outside afl-fuzz, Run gives the instrumented parser a scratch coverage map to write to, then runs the action once.
            var failures = 0;
            Fuzzer.Run(_ => failures = Replay(files, replayHtml));
            return failures == 0 ? 0 : 1;
        }
        var html = args is ["html"];
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            ParseOne(FuzzInput.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), html);
        });
        return 0;
    }

    private static IReadOnlyList<string> Check(string text, bool html) =>
        html ? HtmlDraftInvariants.Check(text) : DraftInvariants.Check(text);

    private static void ParseOne(string text, bool html)
    {
        var clock = Stopwatch.StartNew();
        var problems = Check(text, html);
        clock.Stop();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invariants broken: " + string.Join("; ", problems));
        }
        if (warm && clock.Elapsed > SlowLimit)
        {
            throw new TimeoutException($"Parsing {text.Length} characters took {clock.ElapsedMilliseconds} ms.");
        }
        warm = true;
    }

    /// <summary>Runs each saved input and prints what it does; returns how many failed.</summary>
    private static int Replay(string[] files, bool html)
    {
        var failures = 0;
        foreach (var file in files)
        {
            var text = FuzzInput.Decode(File.ReadAllBytes(file));
            var clock = Stopwatch.StartNew();
            try
            {
                var problems = Check(text, html);
                clock.Stop();
                if (problems.Count > 0)
                {
                    failures++;
                    Console.WriteLine($"BROKEN {file} ({clock.ElapsedMilliseconds} ms): {string.Join("; ", problems)}");
                }
                else
                {
                    Console.WriteLine($"ok {file} ({text.Length} chars, {clock.ElapsedMilliseconds} ms)");
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failures++;
                Console.WriteLine($"THROWS {file}: {exception}");
            }
        }
        return failures;
    }
}
