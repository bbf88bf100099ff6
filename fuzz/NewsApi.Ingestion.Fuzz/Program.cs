using System.Diagnostics;
using System.Globalization;
using NewsApi.Ingestion.Tests.Properties;
using SharpFuzz;

namespace NewsApi.Ingestion.Fuzz;

/// <summary>
/// Under afl-fuzz: parses each input and reports a crash when the parser throws anything but the typed empty-input error,
/// breaks an invariant of <see cref="DraftInvariants"/>, or takes longer than FUZZ_SLOW_MS (a hang in all but name).
/// With `replay FILE...`: runs saved inputs (AFL's crashes and hangs) and prints what each does.
/// </summary>
public static class Program
{
    private static readonly TimeSpan SlowLimit = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SLOW_MS"), CultureInfo.InvariantCulture, out var ms) ? ms : 2000);

    // The first input of a process also pays for JIT and for loading the gazetteer, so it is not timed.
    private static bool warm;

    public static int Main(string[] args)
    {
        if (args is ["replay", .. var files])
        {
            // Outside afl-fuzz, Run gives the instrumented parser a scratch coverage map to write to, then runs the action once.
            var failures = 0;
            Fuzzer.Run(_ => failures = Replay(files));
            return failures == 0 ? 0 : 1;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            ParseOne(FuzzInput.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        });
        return 0;
    }

    private static void ParseOne(string text)
    {
        var clock = Stopwatch.StartNew();
        var problems = DraftInvariants.Check(text);
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
    private static int Replay(string[] files)
    {
        var failures = 0;
        foreach (var file in files)
        {
            var text = FuzzInput.Decode(File.ReadAllBytes(file));
            var clock = Stopwatch.StartNew();
            try
            {
                var problems = DraftInvariants.Check(text);
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
