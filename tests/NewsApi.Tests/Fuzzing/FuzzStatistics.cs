using System.Globalization;
using System.Text;

namespace NewsApi.Tests.Fuzzing;

/// <summary>How many requests each operation got and what came back, for the test output and the README figures.</summary>
public sealed class FuzzStatistics
{
    private readonly Dictionary<string, SortedDictionary<int, int>> _byOperation = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, int> _byStatus = [];
    private readonly Dictionary<string, int> _byBodyKind = new(StringComparer.Ordinal);
    private readonly Dictionary<RefusalReason, int> _byRefusal = [];
    private readonly Lock _lock = new();

    public int Requests { get; private set; }

    public int AcceptedWrites { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public IReadOnlyCollection<string> Operations
    {
        get
        {
            lock (_lock)
            {
                return [.. _byOperation.Keys];
            }
        }
    }

    public void Record(FuzzRequest request, FuzzExchange exchange)
    {
        lock (_lock)
        {
            Requests++;
            Elapsed += exchange.Elapsed;
            var operation = request.Operation.OperationId;
            if (!_byOperation.TryGetValue(operation, out var statuses))
            {
                _byOperation[operation] = statuses = [];
            }
            // Negative for the HTTP server's own refusals, so that they show apart from the app's answers.
            var status = exchange.ServerRejected ? -exchange.Status : exchange.Status;
            Increment(statuses, status);
            Increment(_byStatus, status);
            Increment(_byBodyKind, request.BodyKind);
            Increment(_byRefusal, request.Refusal);
            if (request.Operation.IsWrite && request.Operation.Secured && exchange.Status is >= 200 and < 300)
            {
                AcceptedWrites++;
            }
        }
    }

    /// <summary>A Markdown summary: totals, statuses, and one row per operation.</summary>
    public string Summary(string title)
    {
        lock (_lock)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"### {title}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"{Requests} requests to {_byOperation.Count} operations, {AcceptedWrites} accepted writes, {Elapsed.TotalSeconds:F1} s in requests.\n\n");
            text.Append("Statuses: ").Append(Counts(_byStatus)).Append("\n\n");
            text.Append("Bodies: ").Append(Counts(_byBodyKind.OrderByDescending(k => k.Value))).Append("\n\n");
            text.Append("Refused by construction: ").Append(Counts(_byRefusal.OrderByDescending(k => k.Value))).Append("\n\n");
            text.Append("| Operation | Requests | Statuses |\n| --- | ---: | --- |\n");
            foreach (var (operation, statuses) in _byOperation.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {operation} | {statuses.Values.Sum()} | {Counts(statuses)} |\n");
            }
            return text.ToString();
        }
    }

    private static string Counts<T>(IEnumerable<KeyValuePair<T, int>> counts) =>
        string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{Label(c.Key)}\u00d7{c.Value}")));

    private static string? Label<T>(T key) => key switch
    {
        0 => "no answer",
        int status when status < 0 => $"server {-status}",
        _ => key?.ToString(),
    };

    private static void Increment<T>(IDictionary<T, int> counts, T key) => counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
