using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsApi.LoadWithWrites;

/// <summary>
/// Workers that each loop until the duration is over: a read (list, one article, tag filter, search, people) or, with the write
/// share, a write (ingest of a new document, or an edit: GET for the ETag, then PUT or PATCH with If-Match). Every answer's status
/// is checked, and every acknowledged write is recorded with what it wrote.
/// </summary>
internal sealed class LoadRun(HttpClient http, LoadOptions options)
{
    private const int HotArticles = 200;
    private const int MaxErrorSamples = 50;

    private readonly ConcurrentQueue<string> _errorSamples = new();
    private readonly List<string> _ingestedSlugs = [];
    private readonly Lock _ingestedLock = new();
    private string[] _slugs = [];
    private string[] _tags = [];
    private string[] _people = [];
    private string[] _words = [];
    private string[] _documents = [];
    private int _nextDocument = -1;

    public Acknowledgements Acknowledged { get; } = new();

    public async Task<RunSummary> RunAsync()
    {
        await DiscoverAsync();
        Console.WriteLine($"pools: {_slugs.Length} articles, {_tags.Length} tags, {_people.Length} people, {_words.Length} search words, {_documents.Length} documents to ingest; {options.Workers} workers for {options.Duration.TotalSeconds:0} s, {options.WriteShare:P0} writes");

        var workers = Enumerable.Range(0, options.Workers).Select(_ => new WorkerStatistics()).ToList();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(workers.Select((statistics, index) => Task.Run(() => WorkAsync(index, statistics, clock))));
        return new RunSummary(workers, clock.Elapsed, _errorSamples, Acknowledged);
    }

    private async Task DiscoverAsync()
    {
        var slugs = new List<string>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= 10; page++)
        {
            using var list = await GetJsonAsync($"api/articles?pageSize=100&page={page}");
            foreach (var item in list.RootElement.GetProperty("items").EnumerateArray())
            {
                slugs.Add(item.GetProperty("slug").GetString()!);
                foreach (var word in item.GetProperty("headline").GetString()!.Split(' '))
                {
                    if (word.Length >= 5 && word.All(char.IsAsciiLetterLower))
                    {
                        words.Add(word);
                    }
                }
            }
            if (list.RootElement.GetProperty("totalPages").GetInt32() <= page)
            {
                break;
            }
        }
        using var tags = await GetJsonAsync("api/tags?pageSize=100&sort=articles");
        using var people = await GetJsonAsync("api/people?pageSize=100&sort=articles");
        _slugs = [.. slugs];
        _tags = [.. tags.RootElement.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("slug").GetString()!)];
        _people = [.. people.RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!)];
        _words = [.. words.Order(StringComparer.Ordinal)];
        _documents = [.. Directory.EnumerateFiles(options.IngestFolder!, "*.txt").Order(StringComparer.Ordinal)];
        if (_slugs.Length == 0 || _tags.Length == 0 || _people.Length == 0 || _words.Length == 0 || _documents.Length == 0)
        {
            throw new InvalidOperationException("The API holds no articles, tags or people to load, or the ingest folder is empty: seed it first.");
        }
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task WorkAsync(int worker, WorkerStatistics statistics, Stopwatch clock)
    {
        var random = new Random(options.Seed + worker);
        var sequence = 0;
        while (clock.Elapsed < options.Duration)
        {
            if (random.NextDouble() < options.WriteShare)
            {
                if (random.Next(2) == 0)
                {
                    await IngestAsync(statistics);
                }
                else
                {
                    await EditAsync(worker, ++sequence, random, statistics);
                }
                continue;
            }
            switch (random.Next(5))
            {
                case 0:
                    await ReadAsync(Operation.List, $"api/articles?pageSize=20&page={random.Next(1, 6)}", IsList, statistics);
                    break;
                case 1:
                    var slug = PickArticle(random);
                    await ReadAsync(Operation.Article, "api/articles/" + slug, json => HasSlug(json, slug), statistics);
                    break;
                case 2:
                    await ReadAsync(Operation.Tag, $"api/articles?pageSize=20&tag={Pick(_tags, random)}", IsList, statistics);
                    break;
                case 3:
                    await ReadAsync(Operation.Search, $"api/articles?q={Pick(_words, random)}", IsList, statistics);
                    break;
                default:
                    if (random.Next(2) == 0)
                    {
                        await ReadAsync(Operation.People, $"api/people?pageSize=20&sort=articles&page={random.Next(1, 6)}", IsList, statistics);
                    }
                    else
                    {
                        var person = Pick(_people, random);
                        await ReadAsync(Operation.People, "api/people/" + person, json => HasSlug(json, person), statistics);
                    }
                    break;
            }
        }
    }

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    /// <summary>A seeded article most of the time, one ingested during the run otherwise.</summary>
    private string PickArticle(Random random)
    {
        lock (_ingestedLock)
        {
            if (_ingestedSlugs.Count > 0 && random.Next(4) == 0)
            {
                return _ingestedSlugs[random.Next(_ingestedSlugs.Count)];
            }
        }
        return Pick(_slugs, random);
    }

    /// <summary>Edits go to a small set of articles so that concurrent edits of the same one, and their 412s, happen.</summary>
    private string PickEditable(Random random)
    {
        lock (_ingestedLock)
        {
            if (_ingestedSlugs.Count > 0 && random.Next(4) == 0)
            {
                return _ingestedSlugs[random.Next(_ingestedSlugs.Count)];
            }
        }
        return _slugs[random.Next(Math.Min(HotArticles, _slugs.Length))];
    }

    private static bool IsList(JsonElement json) => json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;

    private static bool HasSlug(JsonElement json, string slug) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("slug", out var value) && value.GetString() == slug;

    private async Task ReadAsync(Operation operation, string path, Func<JsonElement, bool> isRight, WorkerStatistics statistics)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var answer = await SendAsync(operation, request, statistics);
        if (answer is null)
        {
            return;
        }
        if (answer.Status != 200)
        {
            Unexpected(statistics, operation, path, answer);
            return;
        }
        if (!Parses(answer.Body, isRight))
        {
            statistics.BadAnswers++;
            Sample($"{operation} {path}: 200 with a body that is not the expected JSON: {Clip(answer.Body)}");
        }
    }

    private async Task IngestAsync(WorkerStatistics statistics)
    {
        var index = Interlocked.Increment(ref _nextDocument);
        // Past the end the documents come round again: the API answers 200 with the stored article, still an acknowledgement.
        var file = _documents[index % _documents.Length];
        var name = Path.GetFileName(file);
        var text = await File.ReadAllTextAsync(file);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles/ingest?sourceName=" + Uri.EscapeDataString(name))
        {
            Content = new StringContent(text, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add(ApiClient.KeyHeader, options.Key);
        var answer = await SendAsync(Operation.Ingest, request, statistics);
        if (answer is null)
        {
            return;
        }
        if (answer.Status is not (201 or 200))
        {
            Unexpected(statistics, Operation.Ingest, name, answer);
            return;
        }
        try
        {
            using var json = JsonDocument.Parse(answer.Body);
            var root = json.RootElement;
            var slug = root.GetProperty("slug").GetString()!;
            Acknowledged.Ingests.Add(new IngestAck(name, answer.Status, slug, root.GetProperty("provenance").GetProperty("contentHash").GetString()!,
                root.GetProperty("headline").GetString()!, [.. root.GetProperty("body").EnumerateArray().Select(p => p.GetString() ?? "")]));
            lock (_ingestedLock)
            {
                _ingestedSlugs.Add(slug);
            }
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            statistics.BadAnswers++;
            Sample($"ingest {name}: {answer.Status} with an unreadable article: {Clip(answer.Body)}");
        }
    }

    private async Task EditAsync(int worker, int sequence, Random random, WorkerStatistics statistics)
    {
        var slug = PickEditable(random);
        using var read = new HttpRequestMessage(HttpMethod.Get, "api/articles/" + slug);
        read.Headers.Add(ApiClient.KeyHeader, options.Key);
        var current = await SendAsync(Operation.EditRead, read, statistics);
        if (current is null)
        {
            return;
        }
        if (current.Status != 200 || current.ETag is null)
        {
            Unexpected(statistics, Operation.EditRead, slug, current);
            return;
        }

        var marker = $"load-with-writes edit w{worker:D2}-{sequence:D5} {Guid.NewGuid():N}";
        var put = random.Next(2) == 0;
        var section = put ? "load-put" : "load-patch";
        using var write = new HttpRequestMessage(put ? HttpMethod.Put : HttpMethod.Patch, "api/articles/" + slug);
        var body = put ? ReplacementOf(current.Body, marker, section) : new JsonObject { ["standfirst"] = marker, ["section"] = section }.ToJsonString();
        write.Content = new StringContent(body, Encoding.UTF8, put ? "application/json" : "application/merge-patch+json");
        write.Headers.Add(ApiClient.KeyHeader, options.Key);
        write.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(current.ETag));
        var operation = put ? Operation.Put : Operation.Patch;
        var answer = await SendAsync(operation, write, statistics);
        if (answer is null)
        {
            return;
        }
        if (answer.Status == 412)
        {
            statistics.Conflicts++;
            return;
        }
        if (answer.Status != 200)
        {
            Unexpected(statistics, operation, slug, answer);
            return;
        }
        try
        {
            using var json = JsonDocument.Parse(answer.Body);
            var root = json.RootElement;
            Acknowledged.Edits.Add(new EditAck(slug, put ? "PUT" : "PATCH", marker, section, current.ETag,
                root.GetProperty("standfirst").GetString(), root.GetProperty("provenance").GetProperty("updatedAt").GetDateTimeOffset()));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            statistics.BadAnswers++;
            Sample($"{operation} {slug}: 200 with an unreadable article: {Clip(answer.Body)}");
        }
    }

    /// <summary>The PUT body that recreates the article as read, with a new standfirst and section: what an editing client sends.</summary>
    private static string ReplacementOf(string articleJson, string standfirst, string section)
    {
        var article = JsonNode.Parse(articleJson)!.AsObject();
        var speakers = article["quotes"]!.AsArray()
            .Select(q => q!["speaker"]?["slug"]?.GetValue<string>())
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);
        return new JsonObject
        {
            ["headline"] = article["headline"]!.DeepClone(),
            ["standfirst"] = standfirst,
            ["section"] = section,
            ["body"] = article["body"]!.DeepClone(),
            ["publishedAt"] = article["publishedAt"]?.DeepClone(),
            ["source"] = article["source"]?.DeepClone(),
            ["dateline"] = article["dateline"]?.DeepClone(),
            ["tags"] = Array(article["tags"]!.AsArray().Select(t => t!["slug"]!.DeepClone())),
            // "quoted" follows from the quotes, as the API's own merge patch does it.
            ["people"] = Array(article["people"]!.AsArray().Select(p => (JsonNode)new JsonObject
            {
                ["slug"] = p!["slug"]!.DeepClone(),
                ["title"] = p["title"]?.DeepClone(),
                ["roles"] = Array(p["roles"]!.AsArray()
                    .Where(r => !(speakers.Contains(p["slug"]!.GetValue<string>()) && r!.GetValue<string>() == "quoted"))
                    .Select(r => r!.DeepClone())),
            })),
            ["organizations"] = Array(article["organizations"]!.AsArray().Select(o => o!["slug"]!.DeepClone())),
            ["images"] = Array(article["images"]!.AsArray().Select(i => (JsonNode)new JsonObject
            {
                ["caption"] = i!["caption"]!.DeepClone(),
                ["credit"] = i["credit"]?.DeepClone(),
            })),
            ["related"] = Array(article["related"]!.AsArray().Select(r => r!["headline"]!.DeepClone())),
            ["quotes"] = Array(article["quotes"]!.AsArray().Select(q => (JsonNode)new JsonObject
            {
                ["text"] = q!["text"]!.DeepClone(),
                ["speaker"] = q["speaker"]?["slug"]?.DeepClone(),
                ["partial"] = q["partial"]!.DeepClone(),
            })),
        }.ToJsonString();
    }

    private sealed record Answer(int Status, string Body, string? ETag);

    /// <summary>The answer, timed; null after a transport error or timeout, which is counted.</summary>
    private async Task<Answer?> SendAsync(Operation operation, HttpRequestMessage request, WorkerStatistics statistics)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            statistics.Record(operation, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new Answer((int)response.StatusCode, body, response.Headers.ETag?.ToString());
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            statistics.TransportErrors++;
            Sample($"{operation} {request.Method} {request.RequestUri}: {exception.GetType().Name} {exception.Message}");
            return null;
        }
    }

    private void Unexpected(WorkerStatistics statistics, Operation operation, string what, Answer answer)
    {
        statistics.UnexpectedStatuses++;
        Sample($"{operation} {what}: unexpected {answer.Status} {Clip(answer.Body)}");
    }

    private void Sample(string text)
    {
        if (_errorSamples.Count < MaxErrorSamples)
        {
            _errorSamples.Enqueue(text);
        }
    }

    private static bool Parses(string body, Func<JsonElement, bool> isRight)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return isRight(json.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Clip(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
