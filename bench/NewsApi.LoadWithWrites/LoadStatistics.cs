using System.Collections.Concurrent;
using System.Globalization;

namespace NewsApi.LoadWithWrites;

internal enum Operation
{
    List,
    Article,
    Tag,
    Search,
    People,
    EditRead,
    Ingest,
    Put,
    Patch,
}

/// <summary>Latencies and statuses of one worker; merged after the run so that recording takes no lock.</summary>
internal sealed class WorkerStatistics
{
    public List<double>[] Latencies { get; } = [.. Enum.GetValues<Operation>().Select(_ => new List<double>())];

    public Dictionary<(Operation, int), int> Statuses { get; } = [];

    public int TransportErrors { get; set; }

    public int UnexpectedStatuses { get; set; }

    public int BadAnswers { get; set; }

    public int Conflicts { get; set; }

    public void Record(Operation operation, int status, double milliseconds)
    {
        Latencies[(int)operation].Add(milliseconds);
        Statuses[(operation, status)] = Statuses.GetValueOrDefault((operation, status)) + 1;
    }
}

internal sealed class RunSummary(IReadOnlyList<WorkerStatistics> workers, TimeSpan elapsed, ConcurrentQueue<string> errorSamples, Acknowledgements acks)
{
    private static readonly Operation[] Reads = [Operation.List, Operation.Article, Operation.Tag, Operation.Search, Operation.People];
    private static readonly Operation[] Writes = [Operation.Ingest, Operation.Put, Operation.Patch];

    public int Errors => workers.Sum(w => w.TransportErrors + w.UnexpectedStatuses + w.BadAnswers);

    private int Conflicts => workers.Sum(w => w.Conflicts);

    private List<double> Latencies(params Operation[] operations) =>
        [.. workers.SelectMany(w => operations.SelectMany(o => w.Latencies[(int)o])).Order()];

    private int Requests => workers.Sum(w => w.Latencies.Sum(l => l.Count)) + workers.Sum(w => w.TransportErrors);

    private double RequestsPerSecond => Requests / elapsed.TotalSeconds;

    /// <summary>Nearest-rank percentile; NaN when nothing was measured.</summary>
    private static double Percentile(List<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Figures(List<double> sorted) =>
        string.Create(CultureInfo.InvariantCulture, $"n {sorted.Count,6}  p50 {Percentile(sorted, 50),8:0.0} ms  p99 {Percentile(sorted, 99),8:0.0} ms");

    public void Print(TextWriter output)
    {
        var reads = Latencies(Reads);
        var editReads = Latencies(Operation.EditRead);
        var writes = Latencies(Writes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Requests} requests in {elapsed.TotalSeconds:0.0} s = {RequestsPerSecond:0.0} req/s ({reads.Count} reads, {editReads.Count} ETag reads before edits, {writes.Count} writes)"));
        output.WriteLine($"reads        {Figures(reads)}");
        foreach (var operation in Reads)
        {
            output.WriteLine($"  {operation,-10} {Figures(Latencies(operation))}");
        }
        output.WriteLine($"ETag reads   {Figures(editReads)}");
        output.WriteLine($"writes       {Figures(writes)}");
        foreach (var operation in Writes)
        {
            output.WriteLine($"  {operation,-10} {Figures(Latencies(operation))}");
        }
        var statuses = workers.SelectMany(w => w.Statuses)
            .GroupBy(s => s.Key, s => s.Value)
            .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2)
            .Select(g => $"{g.Key.Item1} {g.Key.Item2}: {g.Sum()}");
        output.WriteLine("statuses: " + string.Join(", ", statuses));
        output.WriteLine($"expected 412 (edit raced by another edit of the same article): {Conflicts}");
        output.WriteLine($"errors: {Errors} (transport {workers.Sum(w => w.TransportErrors)}, unexpected status {workers.Sum(w => w.UnexpectedStatuses)}, wrong answer {workers.Sum(w => w.BadAnswers)})");
        foreach (var sample in errorSamples.Take(20))
        {
            output.WriteLine("  " + sample);
        }
        output.WriteLine($"acknowledged: {acks.Ingests.Count} ingests ({acks.Ingests.Count(a => a.Status == 201)} new), {acks.Edits.Count} edits ({acks.Edits.Count(a => a.Method == "PUT")} PUT, {acks.Edits.Count(a => a.Method == "PATCH")} PATCH) of {acks.Edits.Select(a => a.Slug).Distinct(StringComparer.Ordinal).Count()} articles");
    }

    /// <summary>One line for scripts: req/s, read p50 and p99, write p50 and p99 (ms), errors, 412s, acknowledged ingests and edits, verification failures.</summary>
    public void PrintResultLine(TextWriter output, int verifyFailures)
    {
        var reads = Latencies(Reads);
        var writes = Latencies(Writes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {RequestsPerSecond:0.0} {Percentile(reads, 50):0.0} {Percentile(reads, 99):0.0} {Percentile(writes, 50):0.0} {Percentile(writes, 99):0.0} {Errors} {Conflicts} {acks.Ingests.Count} {acks.Edits.Count} {verifyFailures}"));
    }
}
