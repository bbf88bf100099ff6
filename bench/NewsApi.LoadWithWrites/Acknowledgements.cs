using System.Collections.Concurrent;
using System.Text.Json;

namespace NewsApi.LoadWithWrites;

/// <summary>A document the API acknowledged storing (201 new, 200 already stored), with what the answer said was stored.</summary>
internal sealed record IngestAck(string SourceName, int Status, string Slug, string ContentHash, string Headline, IReadOnlyList<string> Body);

/// <summary>
/// An edit the API acknowledged with 200: the standfirst and section it wrote, and what the answer showed. The answer is read
/// after the write commits, so a later edit of the same article may already show in it; only an answer that shows this edit's own
/// marker carries this edit's UpdatedAt.
/// </summary>
internal sealed record EditAck(string Slug, string Method, string Marker, string Section, string IfMatch, string? AnsweredStandfirst, DateTimeOffset AnsweredUpdatedAt)
{
    public bool AnswerShowsThisEdit => string.Equals(AnsweredStandfirst, Marker, StringComparison.Ordinal);
}

/// <summary>Every write the API acknowledged during a run; written to a file so that a restarted API can be checked too.</summary>
internal sealed class Acknowledgements
{
    private static readonly JsonSerializerOptions FileJson = new() { WriteIndented = false };

    public ConcurrentBag<IngestAck> Ingests { get; init; } = [];

    public ConcurrentBag<EditAck> Edits { get; init; } = [];

    public async Task SaveAsync(string path)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new SavedAcknowledgements([.. Ingests], [.. Edits]), FileJson);
    }

    public static async Task<Acknowledgements> LoadAsync(string path)
    {
        await using var file = File.OpenRead(path);
        var saved = await JsonSerializer.DeserializeAsync<SavedAcknowledgements>(file, FileJson)
            ?? throw new InvalidDataException($"{path} holds no acknowledgements.");
        return new Acknowledgements { Ingests = [.. saved.Ingests], Edits = [.. saved.Edits] };
    }

    private sealed record SavedAcknowledgements(List<IngestAck> Ingests, List<EditAck> Edits);
}
