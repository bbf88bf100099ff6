using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace NewsApi.LoadWithWrites;

/// <summary>Reads every acknowledged write back through the API and compares it with what was acknowledged.</summary>
internal sealed class WriteVerifier(HttpClient http, string key)
{
    private const int MaxReported = 20;

    /// <summary>The number of acknowledged writes not found as acknowledged; the first few are described on <paramref name="output"/>.</summary>
    public async Task<int> VerifyAsync(Acknowledgements acks, TextWriter output)
    {
        var problems = new ConcurrentQueue<string>();
        var ingests = acks.Ingests.GroupBy(a => a.Slug, StringComparer.Ordinal).ToList();
        var edited = acks.Edits.GroupBy(a => a.Slug, StringComparer.Ordinal).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16 };

        await Parallel.ForEachAsync(ingests, parallel, async (group, ct) =>
        {
            var article = await ReadAsync(group.Key, problems, ct);
            if (article is null)
            {
                return;
            }
            foreach (var ack in group)
            {
                var body = article.Value.GetProperty("body").EnumerateArray().Select(p => p.GetString() ?? "").ToList();
                if (article.Value.GetProperty("provenance").GetProperty("contentHash").GetString() != ack.ContentHash
                    || article.Value.GetProperty("headline").GetString() != ack.Headline
                    || !body.SequenceEqual(ack.Body, StringComparer.Ordinal))
                {
                    problems.Enqueue($"ingest of {ack.SourceName} ({ack.Status}) as {ack.Slug}: the stored article differs from the acknowledged one");
                }
            }
        });

        // Edits of one article overwrite each other; what must be stored is the last one acknowledged. Writes are serialized,
        // and UpdatedAt is taken inside the writer's lock, so the latest UpdatedAt among answers that show their own edit is it.
        await Parallel.ForEachAsync(edited, parallel, async (group, ct) =>
        {
            var last = group.Where(a => a.AnswerShowsThisEdit).MaxBy(a => a.AnsweredUpdatedAt);
            if (last is null)
            {
                problems.Enqueue($"article {group.Key}: no acknowledged edit's answer showed the edit itself");
                return;
            }
            var article = await ReadAsync(group.Key, problems, ct);
            if (article is null)
            {
                return;
            }
            var standfirst = article.Value.GetProperty("standfirst").GetString();
            var section = article.Value.GetProperty("section").GetString();
            if (standfirst != last.Marker || section != last.Section)
            {
                problems.Enqueue($"article {group.Key}: stored standfirst '{standfirst}' and section '{section}', last acknowledged edit ({last.Method}) wrote '{last.Marker}' and '{last.Section}'");
            }
            var later = group.Where(a => a.AnswerShowsThisEdit && a != last && a.AnsweredUpdatedAt >= last.AnsweredUpdatedAt).ToList();
            if (later.Count > 0)
            {
                problems.Enqueue($"article {group.Key}: {later.Count + 1} acknowledged edits answered with the same UpdatedAt");
            }
        });

        var failures = problems.Count;
        await output.WriteLineAsync($"verify: {ingests.Count} ingested articles ({acks.Ingests.Count} acknowledged ingests), {edited.Count} edited articles ({acks.Edits.Count} acknowledged edits) read back: {failures} not as acknowledged");
        foreach (var problem in problems.Take(MaxReported))
        {
            await output.WriteLineAsync("  " + problem);
        }
        return failures;
    }

    /// <summary>The article as stored now, read with the key so that no cached copy answers.</summary>
    private async Task<JsonElement?> ReadAsync(string slug, ConcurrentQueue<string> problems, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/articles/" + Uri.EscapeDataString(slug));
            request.Headers.Add(ApiClient.KeyHeader, key);
            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Enqueue($"article {slug}: read back {(int)response.StatusCode}");
                return null;
            }
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            problems.Enqueue($"article {slug}: read back failed: {exception.GetType().Name} {exception.Message}");
            return null;
        }
    }
}
