namespace NewsApi.Ingest;

public enum UpsertOutcome
{
    /// <summary>A new article was stored.</summary>
    Created,

    /// <summary>The article with the same source document name was rewritten in place; its slug is unchanged.</summary>
    Updated,

    /// <summary>An article with the same content hash already exists; nothing was written.</summary>
    Unchanged,
}

public sealed record UpsertResult(UpsertOutcome Outcome, int ArticleId, string Slug);

/// <summary>The draft cannot become an article (no headline or no body); nothing was written.</summary>
public sealed class UnusableDraftException(string reason) : ArgumentException(reason);
