using System.Globalization;
using System.Net;

namespace NewsApi.LoadWithWrites;

internal enum LoadCommand
{
    Run,
    Verify,
}

internal sealed record LoadOptions(
    LoadCommand Command,
    Uri BaseUrl,
    string Key,
    string? IngestFolder,
    TimeSpan Duration,
    int Workers,
    double WriteShare,
    int Seed,
    string? AcksFile)
{
    public const string Usage = """
        usage: NewsApi.LoadWithWrites run --base-url URL --key EDITOR_KEY --ingest FOLDER [--duration 60] [--workers 64] [--write-share 0.2] [--seed N] [--acks FILE]
               NewsApi.LoadWithWrites verify --base-url URL --key EDITOR_KEY --acks FILE
        """;

    /// <summary>Null when the arguments do not make a valid command.</summary>
    public static LoadOptions? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return null;
        }
        LoadCommand command;
        switch (args[0])
        {
            case "run": command = LoadCommand.Run; break;
            case "verify": command = LoadCommand.Verify; break;
            default: return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return null;
            }
            values[args[i][2..]] = args[i + 1];
        }

        string? Get(string name) => values.GetValueOrDefault(name);
        static bool Positive(string? text, int fallback, out int value)
        {
            value = fallback;
            return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0);
        }

        if (Get("base-url") is not { } baseText || !Uri.TryCreate(baseText.TrimEnd('/') + "/", UriKind.Absolute, out var baseUrl)
            || Get("key") is not { Length: > 0 } key)
        {
            return null;
        }
        if (!Positive(Get("duration"), 60, out var seconds) || !Positive(Get("workers"), 64, out var workers) || !Positive(Get("seed"), 20260101, out var seed))
        {
            return null;
        }
        var share = 0.2;
        if (Get("write-share") is { } shareText
            && (!double.TryParse(shareText, NumberStyles.Float, CultureInfo.InvariantCulture, out share) || share is < 0 or > 1))
        {
            return null;
        }
        var ingest = Get("ingest");
        var acks = Get("acks");
        if ((command == LoadCommand.Run && (ingest is null || !Directory.Exists(ingest))) || (command == LoadCommand.Verify && acks is null))
        {
            return null;
        }
        return new LoadOptions(command, baseUrl, key, ingest, TimeSpan.FromSeconds(seconds), workers, share, seed, acks);
    }
}

internal static class ApiClient
{
    public const string KeyHeader = "X-Api-Key";

    /// <summary>One connection per worker, kept for the whole run, so the figures measure the API and not connection setup.</summary>
    public static HttpClient Create(LoadOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Workers,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
        return new HttpClient(handler) { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }
}
